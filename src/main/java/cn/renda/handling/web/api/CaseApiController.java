package cn.renda.handling.web.api;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.Action;
import cn.renda.handling.AttachmentContent;
import cn.renda.handling.AttachmentView;
import cn.renda.handling.AuditView;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.Colour;
import cn.renda.handling.DeadlinePolicyView;
import cn.renda.handling.EventView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.IdempotentExecutor;
import cn.renda.handling.KindView;
import cn.renda.handling.NewAttachment;
import cn.renda.handling.OverdueBoardRow;
import cn.renda.handling.Worklist;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Cases of every kind: list, detail, actions, timeline, audit, attachments, worklists and the board. */
@RestController
@RequestMapping("/api/v1")
class CaseApiController {

    private final HandlingFacade handling;
    private final IdempotentExecutor idempotent;

    CaseApiController(HandlingFacade handling, IdempotentExecutor idempotent) {
        this.handling = handling;
        this.idempotent = idempotent;
    }

    @GetMapping("/cases")
    @PreAuthorize("isAuthenticated()")
    Page<CaseSummary> list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Colour colour,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean key,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return handling.list(
                new CaseFilter(kind, state, unit, colour, dueBefore, dueAfter, q, key),
                new PageRequest(page, size, sort, "desc".equalsIgnoreCase(dir)));
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("isAuthenticated()")
    CaseView get(@PathVariable long id) {
        return handling.get(id);
    }

    @PostMapping("/cases/{id}/actions/{action}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> act(
            @PathVariable long id,
            @PathVariable String action,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody ActionRequest body) {
        Action a = Action.fromPath(action);
        return idempotent.execute(
                idempotencyKey,
                "POST /cases/" + id + "/actions/" + a.path(),
                () -> ResponseEntity.ok(handling.act(id, body.toCommand(a))));
    }

    @GetMapping("/cases/{id}/timeline")
    @PreAuthorize("isAuthenticated()")
    Page<EventView> timeline(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return handling.timeline(id, new PageRequest(page, size, null, false));
    }

    @GetMapping("/cases/{id}/audit")
    @PreAuthorize("isAuthenticated()")
    AuditView audit(@PathVariable long id) {
        return handling.audit(id);
    }

    @PostMapping(path = "/cases/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<AttachmentView> upload(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "handling.error.attachment.size", 0);
        }
        AttachmentView v = handling.attach(
                id, new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        return ResponseEntity.status(201).body(v);
    }

    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentContent a = handling.attachment(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.meta().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.meta().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(a.data());
    }

    @GetMapping("/worklists")
    @PreAuthorize("isAuthenticated()")
    Map<Worklist, Long> worklists() {
        return handling.worklistCounts();
    }

    @GetMapping("/worklists/{worklist}")
    @PreAuthorize("isAuthenticated()")
    Page<CaseSummary> worklist(
            @PathVariable Worklist worklist,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return handling.worklist(worklist, new PageRequest(page, size, null, false));
    }

    @GetMapping("/cases/board")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
    List<OverdueBoardRow> board(@RequestParam(required = false) String kind) {
        return handling.overdueBoard(kind);
    }

    @GetMapping("/case-kinds")
    @PreAuthorize("isAuthenticated()")
    List<KindView> kinds() {
        return handling.kinds();
    }

    @GetMapping("/case-kinds/{kind}/policies")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
    List<DeadlinePolicyView> policies(@PathVariable String kind) {
        return handling.policies(kind);
    }

    /** Body of a policy change. */
    record PolicyRequest(@NotNull Length length, List<Length> reminderLeads) {}

    @PutMapping("/case-kinds/{kind}/policies/{clock}")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    DeadlinePolicyView setPolicy(
            @PathVariable String kind, @PathVariable ClockName clock, @Valid @RequestBody PolicyRequest body) {
        return handling.setPolicy(kind, clock, body.length(), body.reminderLeads());
    }
}
