package cn.renda.suggestion.web;

import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NavigationItem;
import cn.renda.core.PageRequest;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ResultClass;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.NamePickers;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.PickChoice;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.suggestion.ContactCommand;
import cn.renda.suggestion.ContactWay;
import cn.renda.suggestion.DraftDesk;
import cn.renda.suggestion.QualityItem;
import cn.renda.suggestion.ReplyLetters;
import cn.renda.suggestion.Routing;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDetail;
import cn.renda.suggestion.SuggestionFacade;
import cn.renda.suggestion.SuggestionFilter;
import cn.renda.suggestion.SuggestionInspections;
import cn.renda.suggestion.SuggestionView;
import cn.renda.suggestion.UnitCandidate;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of suggestions: the deputy's form and list, the office's list, and the suggestion page with every step. */
@Controller
class SuggestionController {

    private final SuggestionFacade suggestions;
    private final NamePickers pickers;
    private final DraftDesk drafts;
    private final PersonRegistry people;
    private final ReplyLetters letters;
    private final SuggestionInspections inspections;
    private final UnitDirectory units;

    SuggestionController(
            SuggestionFacade suggestions,
            SuggestionInspections inspections,
            UnitDirectory units,
            NamePickers pickers,
            DraftDesk drafts,
            PersonRegistry people,
            ReplyLetters letters) {
        this.letters = letters;
        this.people = people;
        this.pickers = pickers;
        this.drafts = drafts;
        this.suggestions = suggestions;
        this.inspections = inspections;
        this.units = units;
    }

    @Bean
    static NavigationItem suggestionNavigationItem() {
        return new NavigationItem(
                "suggestion.nav", "/suggestions", 110, Set.of("DEPUTY", "STAFF", "LEADER", "ADMIN", "MEMBER", "UNIT"));
    }

    @GetMapping("/suggestions")
    @PreAuthorize("isAuthenticated()")
    String showList(
            @RequestParam(required = false) SubmissionStatus status,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        CurrentUser user = CurrentUser.require();
        PageRequest request = new PageRequest(page, 20, sort, !"asc".equalsIgnoreCase(dir));
        boolean office = user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
        model.addAttribute("office", office);
        model.addAttribute("deputy", user.hasAny(Role.DEPUTY));
        model.addAttribute("status", status);
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        if (!office && user.hasAny(Role.UNIT)) {
            model.addAttribute("unitCases", suggestions.forMyUnit(request));
        }
        model.addAttribute(
                "page",
                office
                        ? suggestions.list(
                                new SuggestionFilter(
                                        status, null, null, state == null || state.isBlank() ? null : state, q),
                                request)
                        : suggestions.mine(request));
        return "suggestion/list";
    }

    @GetMapping("/suggestions/new")
    @PreAuthorize("hasRole('DEPUTY')")
    String showNew(Model model) {
        model.addAttribute("form", new DraftForm());
        model.addAttribute("coSignerChoices", List.of());
        model.addAttribute("id", null);
        model.addAttribute("motionSigners", suggestions.motionSigners());
        return "suggestion/form";
    }

    /** htmx: deputies matching what the user typed in the co-signer picker (name, pinyin or constituency). */
    @GetMapping(
            value = {"/suggestions/new", "/suggestions/{id}/edit"},
            params = "pick=deputies")
    @PreAuthorize("hasRole('DEPUTY')")
    String showDeputyChoices(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("choices", pickers.deputies(q, 12));
        model.addAttribute("name", "coSigners");
        model.addAttribute("multiple", true);
        return "fragments/picker :: options";
    }

    @GetMapping("/suggestions/{id}/edit")
    @PreAuthorize("hasRole('DEPUTY')")
    String showEdit(@PathVariable long id, Model model) {
        SuggestionView v = suggestions.detail(id).suggestion();
        DraftForm form = DraftForm.of(v);
        model.addAttribute("form", form);
        model.addAttribute("coSignerChoices", pickers.deputiesById(form.coSignerIds()));
        model.addAttribute("id", id);
        model.addAttribute("suggestion", v);
        model.addAttribute("attachments", suggestions.draftAttachments(id));
        model.addAttribute("motionSigners", suggestions.motionSigners());
        return "suggestion/form";
    }

    @PostMapping({"/suggestions/new", "/suggestions/{id}/edit"})
    @PreAuthorize("hasRole('DEPUTY')")
    String processDraft(
            @PathVariable(required = false) Long id,
            @Valid @ModelAttribute("form") DraftForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String intent,
            @RequestParam(value = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("id", id);
        model.addAttribute("motionSigners", suggestions.motionSigners());
        model.addAttribute("coSignerChoices", pickers.deputiesById(form.coSignerIds()));
        if (errors.hasErrors()) {
            return "suggestion/form";
        }
        if ("submit".equals(intent)) {
            // saved and submitted together: a refused submission leaves no draft behind and no duplicate later
            try {
                List<cn.renda.handling.NewAttachment> attached = new ArrayList<>();
                for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                    if (!f.isEmpty()) {
                        attached.add(file(f));
                    }
                }
                SuggestionView submitted = drafts.saveAndSubmit(form.toDraft(id), attached);
                redirect.addFlashAttribute("flash", "suggestion.flash.submitted");
                return "redirect:/suggestions/" + submitted.id();
            } catch (InvalidInputException e) {
                e.problems()
                        .forEach(p ->
                                errors.rejectValue(field(p.field()), p.messageKey(), p.arguments(), p.messageKey()));
                model.addAttribute("notSaved", true);
                if (id != null) {
                    model.addAttribute("attachments", suggestions.draftAttachments(id));
                }
                return "suggestion/form";
            }
        }
        try {
            SuggestionView saved = suggestions.saveDraft(form.toDraft(id));
            try {
                for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                    if (!f.isEmpty()) {
                        suggestions.attachToDraft(saved.id(), file(f));
                    }
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.reject(p.messageKey(), p.arguments(), p.messageKey()));
                model.addAttribute("id", saved.id());
                model.addAttribute("attachments", suggestions.draftAttachments(saved.id()));
                return "suggestion/form";
            }
            if ("submit".equals(intent)) {
                try {
                    suggestions.submit(saved.id());
                } catch (InvalidInputException e) {
                    e.problems().forEach(p -> errors.reject(p.messageKey(), p.arguments(), p.messageKey()));
                    model.addAttribute("id", saved.id());
                    return "suggestion/form";
                }
                redirect.addFlashAttribute("flash", "suggestion.flash.submitted");
            } else {
                redirect.addFlashAttribute("flash", "suggestion.flash.saved");
            }
            return "redirect:/suggestions/" + saved.id();
        } catch (InvalidInputException e) {
            e.problems()
                    .forEach(p -> errors.rejectValue(field(p.field()), p.messageKey(), p.arguments(), p.messageKey()));
            return "suggestion/form";
        }
    }

    private static String field(String f) {
        return Set.of("title", "content", "coSigners").contains(f) ? f : "title";
    }

    @PostMapping("/suggestions/{id}/delete")
    @PreAuthorize("hasRole('DEPUTY')")
    String processDelete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            drafts.deleteDraft(id);
        } catch (cn.renda.core.ConflictException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/suggestions/" + id;
        }
        redirect.addFlashAttribute("flash", "suggestion.flash.deleted");
        return "redirect:/suggestions";
    }

    /** htmx: the most similar earlier cases to the text being typed. */
    @GetMapping("/suggestions/similar")
    @PreAuthorize("isAuthenticated()")
    String showSimilar(
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            Model model) {
        String all = (text + " " + title + " " + content).trim();
        model.addAttribute("hits", all.length() < 4 ? List.of() : suggestions.similarToText(all, 5));
        return "suggestion/similar :: hits";
    }

    @GetMapping("/suggestions/case/{caseId}")
    @PreAuthorize("isAuthenticated()")
    String showCase(@PathVariable long caseId) {
        return "redirect:/suggestions/" + suggestions.idOfCase(caseId);
    }

    @GetMapping("/suggestions/{id}")
    @PreAuthorize("isAuthenticated()")
    String showSuggestion(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        SuggestionDetail d = suggestions.detail(id);
        model.addAttribute("d", d);
        model.addAttribute("s", d.suggestion());
        model.addAttribute("c", d.handling());
        model.addAttribute("staff", user.hasAny(Role.STAFF));
        model.addAttribute("unitUser", user.hasAny(Role.UNIT));
        unitView(user, d, model);
        model.addAttribute("deputy", user.hasAny(Role.DEPUTY));
        model.addAttribute("qualityItems", QualityItem.values());
        model.addAttribute("contactWays", ContactWay.values());
        model.addAttribute("resultClasses", ResultClass.values());
        model.addAttribute("evaluations", Evaluation.values());
        model.addAttribute("today", LocalDate.now(SuggestionFacadeZone.ZONE));
        Map<Long, String> unitNames = new LinkedHashMap<>();
        for (UnitView u : units.activeUnits()) {
            unitNames.put(u.id(), u.name());
        }
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("attachments", suggestions.draftAttachments(id));
        if (d.handling() != null && "MOTION".equals(d.handling().kind())) {
            model.addAttribute("review", suggestions.motionReview(id).orElse(null));
            if (user.hasAny(Role.STAFF)) {
                model.addAttribute("committees", suggestions.committees());
                model.addAttribute("decisions", cn.renda.suggestion.MotionDecision.values());
            }
        }
        if (d.handling() != null
                && d.handling().keyCase()
                && user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER)) {
            model.addAttribute("inspections", inspections.ofSuggestion(id));
            model.addAttribute("mayInspect", user.hasAny(Role.STAFF, Role.LEADER));
        }
        model.addAttribute("leadChoices", List.of());
        model.addAttribute("coChoices", List.of());
        model.addAttribute("mergeChoices", List.of());
        if (user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            model.addAttribute("similar", suggestions.similar(id, 5));
            if (d.handling() != null && "REGISTERED".equals(d.handling().state())) {
                Routing routing = suggestions.routing(id);
                model.addAttribute("routing", routing);
                // the best-ranked lead and the co units most similar cases had are ticked already
                model.addAttribute(
                        "leadChoices",
                        pickers.unitsById(routing.leads().stream()
                                .limit(1)
                                .map(UnitCandidate::unitId)
                                .toList()));
                model.addAttribute(
                        "coChoices",
                        pickers.unitsById(routing.cos().stream()
                                .filter(u -> u.score() >= PRESELECT_CO_SHARE)
                                .map(UnitCandidate::unitId)
                                .toList()));
            }
        }
        return "suggestion/view";
    }

    /**
     * For an officer of a unit the case is assigned to: how often the unit has recorded its contact with the deputy
     * (the reply waits for it), and the lead deputy's name and phone, unmasked for this unit alone, so the
     * officer can call.
     */
    private void unitView(CurrentUser user, SuggestionDetail d, Model model) {
        Long unit = user.unitId();
        if (!user.hasAny(Role.UNIT) || unit == null || d.handling() == null) {
            return;
        }
        boolean assigned = d.handling().assignments().stream()
                .anyMatch(a -> a.unitId() == unit && a.state().active());
        if (!assigned) {
            return;
        }
        model.addAttribute(
                "myContacts",
                d.suggestion().contacts().stream()
                        .filter(k -> k.unitId() == unit)
                        .count());
        d.suggestion().signers().stream()
                .filter(g -> g.lead() && g.personId() != null)
                .findFirst()
                .flatMap(g -> people.findDeputy(g.personId()))
                .ifPresent(dv -> model.addAttribute(
                        "deputyContact",
                        new PickChoice(
                                dv.id(),
                                dv.name(),
                                // In full for the assigned unit only, audited; masked if it has none stored.
                                people.revealPhone(
                                                dv.id(),
                                                "suggestion " + d.suggestion().id())
                                        .orElse(dv.phone()))));
    }

    /** A co unit is ticked in advance when at least this share of the similar cases' co votes went to it. */
    static final double PRESELECT_CO_SHARE = 0.4;

    /**
     * htmx: choices for the pickers of the suggestion page: units for 主办 ({@code pick=lead}) and 协办
     * ({@code pick=co}) by name or pinyin, and registered suggestions to merge ({@code pick=others}) by number or
     * title.
     */
    @GetMapping(value = "/suggestions/{id}", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showChoices(
            @PathVariable long id, @RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        switch (pick) {
            case "lead", "co" -> model.addAttribute("choices", pickers.units(q, 15));
            case "others" -> model.addAttribute("choices", mergeCandidates(id, q));
            default -> throw new cn.renda.core.NotFoundException("picker", pick);
        }
        model.addAttribute("name", pick);
        model.addAttribute("multiple", !"lead".equals(pick));
        return "fragments/picker :: options";
    }

    private List<PickChoice> mergeCandidates(long id, String q) {
        if (q.isBlank()) {
            return List.of();
        }
        return suggestions
                .list(
                        new SuggestionFilter(SubmissionStatus.REGISTERED, null, null, "REGISTERED", q.trim()),
                        new PageRequest(0, 12, null, false))
                .items()
                .stream()
                .filter(x -> x.id() != id && x.mergedInto() == null)
                .map(x -> new PickChoice(x.id(), x.title(), x.caseNumber()))
                .toList();
    }

    @PostMapping("/suggestions/{id}/submit")
    @PreAuthorize("hasRole('DEPUTY')")
    String processSubmit(@PathVariable long id, RedirectAttributes redirect) {
        return run(id, redirect, "suggestion.flash.submitted", () -> suggestions.submit(id));
    }

    @PostMapping("/suggestions/{id}/return")
    @PreAuthorize("hasRole('STAFF')")
    String processReturn(
            @PathVariable long id,
            @RequestParam(required = false) List<QualityItem> failed,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        return run(
                id, redirect, "suggestion.flash.returned", () -> suggestions.returnForImprovement(id, failed, comment));
    }

    @PostMapping("/suggestions/{id}/register")
    @PreAuthorize("hasRole('STAFF')")
    String processRegister(
            @PathVariable long id, @RequestParam(required = false) SubmissionType type, RedirectAttributes redirect) {
        return run(id, redirect, "suggestion.flash.registered", () -> suggestions.register(id, type));
    }

    @PostMapping("/suggestions/{id}/merge")
    @PreAuthorize("hasRole('STAFF')")
    String processMerge(
            @PathVariable long id, @RequestParam(required = false) List<Long> others, RedirectAttributes redirect) {
        return run(id, redirect, "suggestion.flash.merged", () -> suggestions.merge(id, others));
    }

    @PostMapping("/suggestions/{id}/assign")
    @PreAuthorize("hasRole('STAFF')")
    String processAssign(
            @PathVariable long id,
            @RequestParam(required = false) Long lead,
            @RequestParam(required = false) List<Long> co,
            @RequestParam(defaultValue = "false") boolean complex,
            RedirectAttributes redirect) {
        List<UnitAssignment> assignments = new ArrayList<>();
        if (lead != null) {
            assignments.add(new UnitAssignment(lead, AssignmentRole.LEAD));
        }
        if (co != null) {
            co.stream()
                    .filter(u -> !u.equals(lead))
                    .distinct()
                    .forEach(u -> assignments.add(new UnitAssignment(u, AssignmentRole.CO)));
        }
        return run(id, redirect, "suggestion.flash.assigned", () -> suggestions.assign(id, assignments, complex));
    }

    @PostMapping("/suggestions/{id}/attachments")
    @PreAuthorize("hasRole('DEPUTY')")
    String processAttach(
            @PathVariable long id,
            @RequestParam(value = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        return run(id, redirect, "suggestion.flash.attached", () -> {
            int n = 0;
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (!f.isEmpty()) {
                    suggestions.attachToDraft(id, file(f));
                    n++;
                }
            }
            if (n == 0) {
                throw new InvalidInputException("file", "suggestion.error.noFile");
            }
            return n;
        });
    }

    @PostMapping("/suggestions/{id}/attachments/{attachmentId}/delete")
    @PreAuthorize("hasRole('DEPUTY')")
    String processRemoveAttachment(
            @PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        return run(id, redirect, "suggestion.flash.attachmentRemoved", () -> {
            suggestions.removeDraftAttachment(id, attachmentId);
            return id;
        });
    }

    @GetMapping("/suggestions/{id}/attachments/{attachmentId}")
    @PreAuthorize("isAuthenticated()")
    org.springframework.http.ResponseEntity<byte[]> showAttachment(
            @PathVariable long id, @PathVariable long attachmentId) {
        return cn.renda.suggestion.web.api.SuggestionFiles.download(suggestions.draftAttachment(id, attachmentId));
    }

    private static cn.renda.handling.NewAttachment file(MultipartFile f) {
        try {
            return new cn.renda.handling.NewAttachment(f.getOriginalFilename(), f.getContentType(), f.getBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @PostMapping("/suggestions/{id}/refer")
    @PreAuthorize("hasRole('STAFF')")
    String processRefer(
            @PathVariable long id,
            @RequestParam(required = false) Long committeeId,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return run(
                id,
                redirect,
                "suggestion.flash.referred",
                () -> suggestions.referMotion(id, committeeId == null ? -1 : committeeId, note));
    }

    @PostMapping("/suggestions/{id}/review-report")
    @PreAuthorize("hasRole('STAFF')")
    String processReviewReport(
            @PathVariable long id,
            @RequestParam(required = false) cn.renda.suggestion.MotionDecision decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
            @RequestParam(defaultValue = "") String report,
            RedirectAttributes redirect) {
        return run(
                id,
                redirect,
                "suggestion.flash.reviewed",
                () -> suggestions.reportMotionReview(id, decision, reportedOn, report));
    }

    @PostMapping("/suggestions/{id}/key")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String processKey(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String meetingRef,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
            @RequestParam long leaderId,
            RedirectAttributes redirect) {
        return run(
                id,
                redirect,
                "suggestion.flash.key",
                () -> suggestions.chooseKey(id, meetingRef, meetingDate, leaderId));
    }

    @PostMapping("/suggestions/{id}/contact")
    @PreAuthorize("hasAnyRole('UNIT','STAFF')")
    String processContact(
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) ContactWay way,
            @RequestParam(defaultValue = "") String agreed,
            RedirectAttributes redirect) {
        return run(
                id,
                redirect,
                "suggestion.flash.contact",
                () -> suggestions.recordContact(id, new ContactCommand(unitId, date, way, agreed)));
    }

    @PostMapping("/suggestions/{id}/progress")
    @PreAuthorize("hasAnyRole('UNIT','STAFF')")
    String processProgress(
            @PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return run(id, redirect, "suggestion.flash.progress", () -> suggestions.addProgress(id, note));
    }

    @PostMapping("/suggestions/{id}/act")
    @PreAuthorize("isAuthenticated()")
    String processAction(
            @PathVariable long id,
            @RequestParam Action action,
            @RequestParam long version,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) ResultClass resultClass,
            @RequestParam(required = false) Evaluation evaluation,
            @RequestParam(value = "letter", required = false) MultipartFile letter,
            RedirectAttributes redirect) {
        ActionCommand command = ActionCommand.of(action, version)
                .withUnit(unitId)
                .withReason(reason)
                .withText(text)
                .withResult(resultClass, null)
                .withEvaluation(evaluation);
        if (action == Action.REPLY && letter != null && !letter.isEmpty()) {
            // the reply and its stamped letter (答复函) are kept together: both or neither
            return run(
                    id, redirect, "suggestion.flash.acted", () -> letters.replyWithLetter(id, command, file(letter)));
        }
        return run(id, redirect, "suggestion.flash.acted", () -> suggestions.act(id, command));
    }

    private static String run(long id, RedirectAttributes redirect, String done, Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e.problems().isEmpty()
                            ? e.messageKey()
                            : e.problems().get(0).messageKey());
            if (!e.problems().isEmpty()) {
                // the message's arguments too ("at most {0} MB"), so no placeholder reaches the page
                redirect.addFlashAttribute("flashErrorArgs", e.problems().get(0).arguments());
            }
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/suggestions/" + id;
    }

    /** The zone dates are shown in. */
    static final class SuggestionFacadeZone {
        static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

        private SuggestionFacadeZone() {}
    }
}
