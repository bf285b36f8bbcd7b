package cn.renda.supervision.inquiry.web;

import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NavigationItem;
import cn.renda.core.PageRequest;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.ImportRejectedException;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.supervision.inquiry.InquiryDetail;
import cn.renda.supervision.inquiry.InquiryView;
import cn.renda.supervision.inquiry.NewInquiry;
import cn.renda.supervision.inquiry.NewProblem;
import cn.renda.supervision.inquiry.NewTeam;
import cn.renda.supervision.inquiry.NewVisit;
import cn.renda.supervision.inquiry.ObjectKind;
import cn.renda.supervision.inquiry.ProblemListExcel;
import cn.renda.supervision.inquiry.ProblemState;
import cn.renda.supervision.inquiry.QuestionRecord;
import cn.renda.supervision.inquiry.SpecialInquiryFacade;
import cn.renda.supervision.inquiry.web.InquiryForms.InquiryForm;
import cn.renda.supervision.inquiry.web.InquiryForms.ProblemForm;
import cn.renda.supervision.inquiry.web.InquiryForms.QuestionForm;
import cn.renda.supervision.inquiry.web.InquiryForms.TeamForm;
import cn.renda.supervision.inquiry.web.InquiryForms.VisitForm;
import cn.renda.supervision.web.WorkPickers;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of special inquiries (office roles read, STAFF write): the list, a new inquiry, its overview with
 * the closure rate and the inquiry meeting (问), research teams and visits (查), and the problem list (研、究、督)
 * with its Excel import.
 */
@Controller
@RequestMapping("/supervision/inquiries")
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
class InquiryPageController {

    private static final String BASE = "/supervision/inquiries/";

    private final SpecialInquiryFacade inquiries;
    private final ProblemListExcel excel;
    private final UnitDirectory units;
    private final WorkPickers workPickers;

    InquiryPageController(
            SpecialInquiryFacade inquiries, ProblemListExcel excel, UnitDirectory units, WorkPickers workPickers) {
        this.workPickers = workPickers;
        this.inquiries = inquiries;
        this.excel = excel;
        this.units = units;
    }

    @Bean
    static NavigationItem inquiryNavigationItem() {
        return new NavigationItem("inquiry.nav", "/supervision/inquiries", 55, Set.of("STAFF", "LEADER", "ADMIN"));
    }

    /** Whether the signed-in user may write (STAFF): pages show the forms and buttons only then. */
    @ModelAttribute("inquiryWrite")
    boolean inquiryWrite() {
        return CurrentUser.get().map(u -> u.hasAny(Role.STAFF)).orElse(false);
    }

    // --- list and new

    @GetMapping
    String showInquiries(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        model.addAttribute("page", inquiries.list(paging(page, sort, dir)));
        return "supervision/inquiry/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('STAFF')")
    String showNewInquiry(Model model) {
        model.addAttribute("form", new InquiryForm());
        return "supervision/inquiry/form";
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('STAFF')")
    String processNewInquiry(
            @Valid @ModelAttribute("form") InquiryForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "supervision/inquiry/form";
        }
        try {
            InquiryView created = inquiries.create(new NewInquiry(
                    form.getTitle(),
                    form.getScope(),
                    form.getLeadCommittee(),
                    form.getInquiryDate(),
                    form.getThresholdPercent(),
                    form.getWarningDays()));
            redirect.addFlashAttribute("flash", "inquiry.flash.created");
            return "redirect:" + BASE + created.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return "supervision/inquiry/form";
        }
    }

    // --- overview, closure rate and the inquiry meeting (问)

    @GetMapping("/{id}")
    String showInquiry(
            @PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        InquiryDetail d = inquiries.detail(id);
        model.addAttribute("d", d);
        if (htmx != null) {
            return "supervision/inquiry/view :: closure";
        }
        model.addAttribute("meeting", inquiries.meeting(id).orElse(null));
        model.addAttribute("meetings", inquiries.meetingChoices());
        model.addAttribute("questionForm", new QuestionForm());
        return "supervision/inquiry/view";
    }

    /**
     * htmx: the answering department of a question, by name or pinyin initials; key names the question's picker
     * ({@code answerUnitId-<question id>}), since every question has its own form on the page.
     */
    @GetMapping(value = "/{id}", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showAnswerUnitChoices(
            @RequestParam String pick,
            @RequestParam(required = false) String key,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        return workPickers.options(pick, key, q, model);
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize("hasRole('STAFF')")
    String processHandover(
            @PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(redirect, BASE + id + "/problems", () -> {
            int n = inquiries.handOver(id, note);
            redirect.addFlashAttribute("flashArgs", n);
            return "inquiry.flash.handedOver";
        });
    }

    @PostMapping("/{id}/schedule")
    @PreAuthorize("hasRole('STAFF')")
    String processSchedule(
            @PathVariable long id, @RequestParam(required = false) Long meetingId, RedirectAttributes redirect) {
        return act(redirect, BASE + id, () -> {
            if (meetingId == null) {
                throw new InvalidInputException("meetingId", "inquiry.error.meeting");
            }
            inquiries.scheduleAt(id, meetingId);
            return "inquiry.flash.scheduled";
        });
    }

    @PostMapping("/{id}/questions/draft")
    @PreAuthorize("hasRole('STAFF')")
    String processDraftQuestions(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, BASE + id + "#questions", () -> {
            int n = inquiries.questionsFromOpenProblems(id);
            redirect.addFlashAttribute("flashArgs", n);
            return "inquiry.flash.questionsDrafted";
        });
    }

    @PostMapping("/{id}/questions")
    @PreAuthorize("hasRole('STAFF')")
    String processAddQuestion(
            @PathVariable long id, @RequestParam(required = false) String question, RedirectAttributes redirect) {
        return act(redirect, BASE + id + "#questions", () -> {
            inquiries.addQuestion(id, question);
            return "inquiry.flash.questionAdded";
        });
    }

    @PostMapping("/{id}/questions/{questionId}")
    @PreAuthorize("hasRole('STAFF')")
    String processRecordQuestion(
            @PathVariable long id,
            @PathVariable long questionId,
            @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // the unit is picked (its id); the command names it, as the API does
        String answerUnitName = null;
        if (form.getAnswerUnitId() != null) {
            answerUnitName =
                    units.find(form.getAnswerUnitId()).map(UnitView::name).orElse(null);
            if (answerUnitName == null) {
                errors.rejectValue("answerUnitId", "inquiry.error.unitGone");
            }
        }
        if (!errors.hasErrors()) {
            try {
                inquiries.recordQuestion(
                        id,
                        questionId,
                        new QuestionRecord(
                                form.getAskerKind(),
                                form.getAskerName(),
                                answerUnitName,
                                form.getAnswererName(),
                                form.getAnswer(),
                                form.getEvaluation()));
                redirect.addFlashAttribute("flash", "inquiry.flash.questionRecorded");
                return "redirect:" + BASE + id + "#q" + questionId;
            } catch (InvalidInputException e) {
                FormErrors.apply(renamed(e, "answerUnitName", "answerUnitId"), errors);
            }
        }
        model.addAttribute("d", inquiries.detail(id));
        model.addAttribute("meeting", inquiries.meeting(id).orElse(null));
        model.addAttribute("meetings", inquiries.meetingChoices());
        model.addAttribute("failedQuestion", questionId);
        return "supervision/inquiry/view";
    }

    @PostMapping("/{id}/held")
    @PreAuthorize("hasRole('STAFF')")
    String processHeld(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, BASE + id, () -> {
            inquiries.recordHeld(id);
            return "inquiry.flash.held";
        });
    }

    @PostMapping("/{id}/conclude")
    @PreAuthorize("hasRole('STAFF')")
    String processConclude(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, BASE + id, () -> {
            inquiries.conclude(id);
            return "inquiry.flash.concluded";
        });
    }

    // --- 查: teams and visits

    @GetMapping("/{id}/research")
    String showResearch(@PathVariable long id, Model model) {
        VisitForm visit = new VisitForm();
        visit.setVisitedOn(inquiries.today());
        return research(id, new TeamForm(), visit, model);
    }

    /** htmx: the SC members for a research team's leader and members, by name or pinyin initials. */
    @GetMapping(value = "/{id}/research", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showTeamChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    private static String names(java.util.List<cn.renda.organization.PickChoice> people) {
        return String.join(
                "、", people.stream().map(cn.renda.organization.PickChoice::name).toList());
    }

    @PostMapping("/{id}/teams")
    @PreAuthorize("hasRole('STAFF')")
    String processTeam(
            @PathVariable long id,
            @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                // the team is recorded by names; on the page its people are picked among the SC members
                String leader =
                        form.getLeaderPersonId() == null ? null : names(workPickers.members(form.getLeaderPersonId()));
                String members = form.getTeamIds().isEmpty() ? null : names(workPickers.members(form.getTeamIds()));
                inquiries.addTeam(id, new NewTeam(form.getName(), leader, members));
                redirect.addFlashAttribute("flash", "inquiry.flash.teamAdded");
                return "redirect:" + BASE + id + "/research";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        VisitForm visit = new VisitForm();
        visit.setVisitedOn(inquiries.today());
        return research(id, form, visit, model);
    }

    @PostMapping("/{id}/visits")
    @PreAuthorize("hasRole('STAFF')")
    String processVisit(
            @PathVariable long id,
            @Valid @ModelAttribute("visitForm") VisitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                inquiries.addVisit(
                        id,
                        new NewVisit(
                                form.getTeamId(),
                                form.getObjectKind(),
                                form.getObjectName(),
                                form.getVisitedOn(),
                                form.getPeopleMet(),
                                form.getFindings()));
                redirect.addFlashAttribute("flash", "inquiry.flash.visitAdded");
                return "redirect:" + BASE + id + "/research";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return research(id, new TeamForm(), form, model);
    }

    private String research(long id, TeamForm team, VisitForm visit, Model model) {
        model.addAttribute("d", inquiries.detail(id));
        model.addAttribute("teamForm", team);
        model.addAttribute("visitForm", visit);
        model.addAttribute("objectKinds", ObjectKind.values());
        return "supervision/inquiry/research";
    }

    // --- 研、究、督: the problem list

    @GetMapping("/{id}/problems")
    String showProblems(
            @PathVariable long id,
            @RequestParam(required = false) ProblemState state,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String cat = category == null || category.isBlank() ? null : category;
        model.addAttribute("page", inquiries.problems(id, state, cat, paging(page, sort, dir)));
        model.addAttribute("state", state);
        model.addAttribute("category", cat);
        if (htmx != null) {
            model.addAttribute("d", inquiries.detail(id));
            return "supervision/inquiry/problems :: list";
        }
        ProblemForm form = new ProblemForm();
        form.setSourceKind(ObjectKind.ENTERPRISE_PROJECT);
        return problems(id, form, model);
    }

    /** htmx: the responsible units of a new problem, by name or pinyin initials. */
    @GetMapping(value = "/{id}/problems", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showProblemChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    @PostMapping("/{id}/problems")
    @PreAuthorize("hasRole('STAFF')")
    String processProblem(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProblemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                inquiries.addProblem(
                        id,
                        new NewProblem(
                                form.getCategory(),
                                form.getSourceKind(),
                                form.getSourceObject(),
                                form.getDescription(),
                                unitNamesOf(form.getUnitIds()),
                                form.getEvidence()));
                redirect.addFlashAttribute("flash", "inquiry.flash.problemAdded");
                return "redirect:" + BASE + id + "/problems";
            } catch (InvalidInputException e) {
                // the list names its units; on the page they are picked, so their problems go to the picker
                FormErrors.apply(renamed(e, "unitNames", "unitIds"), errors);
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        model.addAttribute("page", inquiries.problems(id, null, null, PageRequest.first()));
        return problems(id, form, model);
    }

    @PostMapping("/{id}/problems/import")
    @PreAuthorize("hasRole('STAFF')")
    String processImport(
            @PathVariable long id, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty() || file.getSize() > ProblemListExcel.MAX_BYTES) {
            redirect.addFlashAttribute("flashError", "inquiry.import.size");
            return "redirect:" + BASE + id + "/problems";
        }
        try (InputStream in = file.getInputStream()) {
            int n = excel.importFile(id, in);
            redirect.addFlashAttribute("flash", "inquiry.flash.imported");
            redirect.addFlashAttribute("flashArgs", n);
            return "redirect:" + BASE + id + "/problems";
        } catch (ImportRejectedException e) {
            model.addAttribute("importProblems", e.problems());
        } catch (DomainException e) {
            model.addAttribute("importError", e.messageKey());
        }
        model.addAttribute("page", inquiries.problems(id, null, null, PageRequest.first()));
        ProblemForm form = new ProblemForm();
        form.setSourceKind(ObjectKind.ENTERPRISE_PROJECT);
        return problems(id, form, model);
    }

    @GetMapping("/{id}/problems/template.xlsx")
    ResponseEntity<byte[]> showTemplate(@PathVariable long id) {
        inquiries.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ProblemListExcel.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("问题清单模板.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(excel.template());
    }

    @PostMapping("/{id}/problems/{problemId}/close-out")
    @PreAuthorize("hasRole('STAFF')")
    String processCloseOut(@PathVariable long id, @PathVariable long problemId, RedirectAttributes redirect) {
        return act(redirect, BASE + id + "/problems", () -> {
            inquiries.closeOut(id, problemId);
            return "inquiry.flash.closedOut";
        });
    }

    @PostMapping("/{id}/problems/{problemId}/send-back")
    @PreAuthorize("hasRole('STAFF')")
    String processSendBack(
            @PathVariable long id,
            @PathVariable long problemId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(redirect, BASE + id + "/problems", () -> {
            inquiries.sendBack(id, problemId, reason);
            return "inquiry.flash.sentBack";
        });
    }

    private String problems(long id, ProblemForm form, Model model) {
        model.addAttribute("d", inquiries.detail(id));
        model.addAttribute("form", form);
        model.addAttribute("objectKinds", ObjectKind.values());
        model.addAttribute("problemStates", ProblemState.values());
        return "supervision/inquiry/problems";
    }

    // --- helpers

    /** The names of the picked units (the problem list and its import name units); an unknown id names nothing. */
    private java.util.List<String> unitNamesOf(java.util.List<Long> ids) {
        return ids.stream()
                .map(id -> units.find(id).map(UnitView::name).orElse("#" + id))
                .toList();
    }

    /** The problems of a command that names units, moved to the page's picker field that chose them. */
    private static InvalidInputException renamed(InvalidInputException e, String commandField, String pickerField) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> commandField.equals(p.field())
                        ? new InvalidInputException.FieldProblem(pickerField, p.messageKey(), p.arguments())
                        : p)
                .toList());
    }

    private static PageRequest paging(Integer page, String sort, String dir) {
        return Paging.of(page == null ? null : Math.max(0, page), sort, dir);
    }

    /** Runs a step; its flash key on success, the first problem's key as an error flash otherwise. */
    private static String act(RedirectAttributes redirect, String path, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("flash", step.get());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e.problems().isEmpty()
                            ? e.messageKey()
                            : e.problems().get(0).messageKey());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:" + path;
    }
}
