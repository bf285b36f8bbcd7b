package cn.renda.supervision.inquiry.web.api;

import cn.renda.core.InvalidInputException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.organization.ImportRejectedException;
import cn.renda.organization.RowProblem;
import cn.renda.supervision.inquiry.ClosureReport;
import cn.renda.supervision.inquiry.InquiryDetail;
import cn.renda.supervision.inquiry.InquiryView;
import cn.renda.supervision.inquiry.NewInquiry;
import cn.renda.supervision.inquiry.NewProblem;
import cn.renda.supervision.inquiry.NewTeam;
import cn.renda.supervision.inquiry.NewVisit;
import cn.renda.supervision.inquiry.ProblemListExcel;
import cn.renda.supervision.inquiry.ProblemState;
import cn.renda.supervision.inquiry.ProblemView;
import cn.renda.supervision.inquiry.QuestionRecord;
import cn.renda.supervision.inquiry.QuestionView;
import cn.renda.supervision.inquiry.SpecialInquiryFacade;
import cn.renda.supervision.inquiry.TeamView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The special inquiry API: office roles read, STAFF write. Lists are paged; errors are problem+json
 * (a rejected import answers 422 with its row-by-row report).
 */
@RestController
@RequestMapping("/api/v1/supervision/inquiries")
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
class InquiryApiController {

    private static final String WRITE = "hasRole('STAFF')";

    private final SpecialInquiryFacade inquiries;
    private final ProblemListExcel excel;

    private final MessageSource messages;

    InquiryApiController(SpecialInquiryFacade inquiries, ProblemListExcel excel, MessageSource messages) {
        this.inquiries = inquiries;
        this.excel = excel;
        this.messages = messages;
    }

    /** Request: the handover meeting's note. */
    record HandoverRequest(@Size(max = 2000) String note) {}

    /** Response: how many problems were handed over, imported or turned into questions. */
    record CountResponse(int count) {}

    /** Request: why a rectification report is not accepted. */
    record SendBackRequest(@NotBlank @Size(max = 2000) String reason) {}

    /** Request: the SC meeting to hear the inquiry at. */
    record ScheduleRequest(@NotNull Long meetingId) {}

    /** Request: a further question. */
    record QuestionRequest(@NotBlank @Size(max = 4000) String question) {}

    /** Response: a created row's id. */
    record IdResponse(long id) {}

    @GetMapping
    Page<InquiryView> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return inquiries.list(new PageRequest(page, size, sort, "desc".equalsIgnoreCase(dir)));
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<InquiryView> create(@Valid @RequestBody NewInquiry body) {
        return ResponseEntity.status(201).body(inquiries.create(body));
    }

    @GetMapping("/{id}")
    InquiryDetail get(@PathVariable long id) {
        return inquiries.detail(id);
    }

    @GetMapping("/{id}/closure")
    ClosureReport closure(@PathVariable long id) {
        return inquiries.closure(id);
    }

    @PostMapping("/{id}/teams")
    @PreAuthorize(WRITE)
    ResponseEntity<TeamView> team(@PathVariable long id, @Valid @RequestBody NewTeam body) {
        return ResponseEntity.status(201).body(inquiries.addTeam(id, body));
    }

    @PostMapping("/{id}/visits")
    @PreAuthorize(WRITE)
    ResponseEntity<IdResponse> visit(@PathVariable long id, @Valid @RequestBody NewVisit body) {
        return ResponseEntity.status(201).body(new IdResponse(inquiries.addVisit(id, body)));
    }

    @GetMapping("/{id}/problems")
    Page<ProblemView> problems(
            @PathVariable long id,
            @RequestParam(required = false) ProblemState state,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return inquiries.problems(
                id,
                state,
                category == null || category.isBlank() ? null : category,
                new PageRequest(page, size, sort, "desc".equalsIgnoreCase(dir)));
    }

    @PostMapping("/{id}/problems")
    @PreAuthorize(WRITE)
    ResponseEntity<ProblemView> problem(@PathVariable long id, @Valid @RequestBody NewProblem body) {
        return ResponseEntity.status(201).body(inquiries.addProblem(id, body));
    }

    /** Imports an .xlsx problem list: all rows or none (422 with the rows' problems). */
    @PostMapping(value = "/{id}/problems/import", consumes = "multipart/form-data")
    @PreAuthorize(WRITE)
    CountResponse importProblems(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty() || file.getSize() > ProblemListExcel.MAX_BYTES) {
            throw new InvalidInputException("file", "inquiry.import.size");
        }
        try (InputStream in = file.getInputStream()) {
            return new CountResponse(excel.importFile(id, in));
        }
    }

    /** A rejected import: 400 problem+json with an {@code errors} list of {row, column, message}. */
    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "inquiry.import.rejected", new Object[] {e.problems().size()}, locale));
        pd.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (RowProblem p : e.problems()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", p.row());
            error.put("column", p.column());
            error.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
            errors.add(error);
        }
        pd.setProperty("errors", errors);
        return pd;
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize(WRITE)
    CountResponse handover(@PathVariable long id, @Valid @RequestBody(required = false) HandoverRequest body) {
        return new CountResponse(inquiries.handOver(id, body == null ? null : body.note()));
    }

    @PostMapping("/{id}/problems/{problemId}/close-out")
    @PreAuthorize(WRITE)
    ProblemView closeOut(@PathVariable long id, @PathVariable long problemId) {
        return inquiries.closeOut(id, problemId);
    }

    @PostMapping("/{id}/problems/{problemId}/send-back")
    @PreAuthorize(WRITE)
    ProblemView sendBack(
            @PathVariable long id, @PathVariable long problemId, @Valid @RequestBody SendBackRequest body) {
        return inquiries.sendBack(id, problemId, body.reason());
    }

    @PostMapping("/{id}/schedule")
    @PreAuthorize(WRITE)
    InquiryView schedule(@PathVariable long id, @Valid @RequestBody ScheduleRequest body) {
        return inquiries.scheduleAt(id, body.meetingId());
    }

    @PostMapping("/{id}/questions/draft")
    @PreAuthorize(WRITE)
    CountResponse draftQuestions(@PathVariable long id) {
        return new CountResponse(inquiries.questionsFromOpenProblems(id));
    }

    @PostMapping("/{id}/questions")
    @PreAuthorize(WRITE)
    ResponseEntity<IdResponse> question(@PathVariable long id, @Valid @RequestBody QuestionRequest body) {
        return ResponseEntity.status(201).body(new IdResponse(inquiries.addQuestion(id, body.question())));
    }

    @PutMapping("/{id}/questions/{questionId}")
    @PreAuthorize(WRITE)
    QuestionView record(@PathVariable long id, @PathVariable long questionId, @Valid @RequestBody QuestionRecord body) {
        return inquiries.recordQuestion(id, questionId, body);
    }

    @GetMapping("/{id}/questions")
    List<QuestionView> questions(@PathVariable long id) {
        return inquiries.detail(id).questions();
    }

    @PostMapping("/{id}/held")
    @PreAuthorize(WRITE)
    InquiryView held(@PathVariable long id) {
        return inquiries.recordHeld(id);
    }

    @PostMapping("/{id}/conclude")
    @PreAuthorize(WRITE)
    InquiryView conclude(@PathVariable long id) {
        return inquiries.conclude(id);
    }
}
