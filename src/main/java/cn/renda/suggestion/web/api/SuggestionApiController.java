package cn.renda.suggestion.web.api;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.ClockName;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ResultClass;
import cn.renda.handling.UnitAssignment;
import cn.renda.search.SearchHit;
import cn.renda.suggestion.ContactCommand;
import cn.renda.suggestion.QualityItem;
import cn.renda.suggestion.Routing;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDetail;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionFacade;
import cn.renda.suggestion.SuggestionFilter;
import cn.renda.suggestion.SuggestionSummary;
import cn.renda.suggestion.SuggestionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions and motions: drafts and submission, review, registration, merging, assignment, actions, similar cases. */
@RestController
@RequestMapping("/api/v1/suggestions")
class SuggestionApiController {

    /** Body of a draft. */
    record DraftRequest(
            SubmissionType type,
            @NotNull @Size(max = 300) String title,
            @Size(max = 20000) String content,
            @Size(max = 50) String topic,
            Boolean duringSession,
            @Size(max = 4000) String research,
            @Size(max = 4000) String facts,
            @Size(max = 2000) String consulted,
            @Size(max = 200) List<@NotNull Long> coSigners,
            Boolean publishConsent) {

        SuggestionDraft toDraft(Long id) {
            return new SuggestionDraft(
                    id,
                    type,
                    title,
                    content,
                    topic,
                    Boolean.TRUE.equals(duringSession),
                    research,
                    facts,
                    consulted,
                    coSigners,
                    Boolean.TRUE.equals(publishConsent));
        }
    }

    /** Body of a return for improvement. */
    record ReturnRequest(List<QualityItem> failed, @NotNull @Size(max = 4000) String comment) {}

    /** Body of a registration: the type the case gets (a motion may be converted into a suggestion). */
    record RegisterRequest(SubmissionType type) {}

    /** Body of a merge. */
    record MergeRequest(@NotNull @Size(min = 1, max = 50) List<@NotNull Long> others) {}

    /** Body of an assignment. */
    record AssignRequest(@NotNull @Valid @Size(min = 1, max = 50) List<UnitAssignment> assignments, Boolean complex) {}

    /** Body of a key-suggestion choice. */
    record KeyRequest(
            @NotNull @Size(max = 200) String meetingRef, @NotNull LocalDate meetingDate, @NotNull Long leaderId) {}

    /** Body of a progress note. */
    record NoteRequest(@NotNull @Size(max = 4000) String note) {}

    /** Body of an engine action. */
    record ActionRequest(
            @NotNull Long version,
            Long unitId,
            Long toUnitId,
            @Size(max = 2000) String reason,
            @Size(max = 20000) String text,
            ResultClass resultClass,
            Boolean publish,
            Evaluation evaluation,
            ClockName clock,
            @Min(1) @Max(366) Integer extensionDays,
            LengthUnit extensionUnit,
            Long extensionId) {

        ActionCommand toCommand(Action action) {
            Length extension = extensionDays == null
                    ? null
                    : new Length(extensionDays, extensionUnit == null ? LengthUnit.CALENDAR_DAYS : extensionUnit);
            return ActionCommand.of(action, version)
                    .withUnits(unitId, toUnitId)
                    .withReason(reason)
                    .withText(text)
                    .withResult(resultClass, publish)
                    .withEvaluation(evaluation)
                    .withClock(clock, extension)
                    .withExtensionId(extensionId);
        }
    }

    private final SuggestionFacade suggestions;

    SuggestionApiController(SuggestionFacade suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN','MEMBER')")
    Page<SuggestionSummary> list(
            @RequestParam(required = false) SubmissionStatus status,
            @RequestParam(required = false) SubmissionType type,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return suggestions.list(
                new SuggestionFilter(status, type, year, state, q),
                new PageRequest(page, size, sort, "desc".equalsIgnoreCase(dir)));
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('DEPUTY')")
    Page<SuggestionSummary> mine(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return suggestions.mine(new PageRequest(page, size, null, false));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('DEPUTY')")
    SuggestionView create(@Valid @RequestBody DraftRequest body) {
        return suggestions.saveDraft(body.toDraft(null));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('DEPUTY')")
    SuggestionView update(@PathVariable long id, @Valid @RequestBody DraftRequest body) {
        return suggestions.saveDraft(body.toDraft(id));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('DEPUTY')")
    SuggestionView submit(@PathVariable long id) {
        return suggestions.submit(id);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('DEPUTY')")
    SuggestionView withdraw(@PathVariable long id) {
        return suggestions.withdraw(id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    SuggestionDetail detail(@PathVariable long id) {
        return suggestions.detail(id);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('STAFF')")
    SuggestionView returnForImprovement(@PathVariable long id, @Valid @RequestBody ReturnRequest body) {
        return suggestions.returnForImprovement(id, body.failed(), body.comment());
    }

    @PostMapping("/{id}/register")
    @PreAuthorize("hasRole('STAFF')")
    SuggestionDetail register(@PathVariable long id, @RequestBody(required = false) RegisterRequest body) {
        return suggestions.register(id, body == null ? null : body.type());
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('STAFF')")
    SuggestionView merge(@PathVariable long id, @Valid @RequestBody MergeRequest body) {
        return suggestions.merge(id, body.others());
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasRole('STAFF')")
    SuggestionDetail assign(@PathVariable long id, @Valid @RequestBody AssignRequest body) {
        return suggestions.assign(id, body.assignments(), Boolean.TRUE.equals(body.complex()));
    }

    /** Body of a referral of a motion to a committee. */
    record ReferRequest(@NotNull Long committeeId, @Size(max = 4000) String note) {}

    /** Body of a committee's review report on a motion. */
    record ReviewReportRequest(
            @NotNull cn.renda.suggestion.MotionDecision decision,
            @NotNull java.time.LocalDate reportedOn,
            @NotNull @Size(max = 20000) String report) {}

    @PostMapping("/{id}/refer")
    @PreAuthorize("hasRole('STAFF')")
    SuggestionDetail refer(@PathVariable long id, @Valid @RequestBody ReferRequest body) {
        return suggestions.referMotion(id, body.committeeId(), body.note());
    }

    @PostMapping("/{id}/review-report")
    @PreAuthorize("hasRole('STAFF')")
    SuggestionDetail reviewReport(@PathVariable long id, @Valid @RequestBody ReviewReportRequest body) {
        return suggestions.reportMotionReview(id, body.decision(), body.reportedOn(), body.report());
    }

    @GetMapping("/{id}/motion-review")
    @PreAuthorize("isAuthenticated()")
    cn.renda.suggestion.MotionReview motionReview(@PathVariable long id) {
        return suggestions.motionReview(id).orElseThrow(() -> new cn.renda.core.NotFoundException("motion review", id));
    }

    @PostMapping(path = "/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('DEPUTY')")
    cn.renda.suggestion.DraftAttachment attach(
            @PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return suggestions.attachToDraft(
                id,
                new cn.renda.handling.NewAttachment(
                        file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @GetMapping("/{id}/attachments")
    @PreAuthorize("isAuthenticated()")
    List<cn.renda.suggestion.DraftAttachment> attachments(@PathVariable long id) {
        return suggestions.draftAttachments(id);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @PreAuthorize("isAuthenticated()")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return SuggestionFiles.download(suggestions.draftAttachment(id, attachmentId));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('DEPUTY')")
    void removeAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        suggestions.removeDraftAttachment(id, attachmentId);
    }

    @PostMapping("/{id}/complex")
    @PreAuthorize("hasRole('STAFF')")
    SuggestionDetail complex(@PathVariable long id) {
        return suggestions.markComplex(id);
    }

    @PostMapping("/{id}/key")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    SuggestionDetail key(@PathVariable long id, @Valid @RequestBody KeyRequest body) {
        return suggestions.chooseKey(id, body.meetingRef(), body.meetingDate(), body.leaderId());
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasAnyRole('UNIT','STAFF')")
    SuggestionDetail contact(@PathVariable long id, @RequestBody ContactCommand body) {
        return suggestions.recordContact(id, body);
    }

    @PostMapping("/{id}/progress")
    @PreAuthorize("hasAnyRole('UNIT','STAFF')")
    SuggestionDetail progress(@PathVariable long id, @Valid @RequestBody NoteRequest body) {
        return suggestions.addProgress(id, body.note());
    }

    @PostMapping("/{id}/actions/{action}")
    @PreAuthorize("isAuthenticated()")
    SuggestionDetail act(@PathVariable long id, @PathVariable String action, @Valid @RequestBody ActionRequest body) {
        return suggestions.act(id, body.toCommand(Action.fromPath(action)));
    }

    @GetMapping("/{id}/similar")
    @PreAuthorize("isAuthenticated()")
    List<SearchHit> similar(@PathVariable long id, @RequestParam(defaultValue = "5") int limit) {
        return suggestions.similar(id, Math.max(1, Math.min(limit, 50)));
    }

    @GetMapping("/{id}/routing")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
    Routing routing(@PathVariable long id) {
        return suggestions.routing(id);
    }

    @GetMapping("/similar")
    @PreAuthorize("isAuthenticated()")
    List<SearchHit> similarToText(@RequestParam String text, @RequestParam(defaultValue = "5") int limit) {
        return suggestions.similarToText(text, Math.max(1, Math.min(limit, 50)));
    }
}
