package cn.renda.supervision.web;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.core.web.FormErrors;
import cn.renda.handling.Evaluation;
import cn.renda.supervision.CollectiveEvaluationFacade;
import cn.renda.supervision.CollectiveEvaluationFacade.NewCollectiveEvaluation;
import cn.renda.supervision.MeetingDirectory;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Collective evaluations of handling reports (监督法 第十七条): list, record by tallies or ballots, publish. */
@Controller
class EvaluationPageController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String STAFF = "hasRole('STAFF')";

    private final CollectiveEvaluationFacade evaluations;
    private final WorkChoices choices;
    private final WorkPickers workPickers;

    EvaluationPageController(CollectiveEvaluationFacade evaluations, WorkChoices choices, WorkPickers workPickers) {
        this.evaluations = evaluations;
        this.choices = choices;
        this.workPickers = workPickers;
    }

    /** htmx: the choices of a picker on the page, by name or pinyin initials. */
    @GetMapping(value = "/supervision/evaluations", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showEvaluationChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    @GetMapping("/supervision/evaluations")
    @PreAuthorize(PlanPageController.READ)
    String showEvaluations(@RequestParam(defaultValue = "0") int page, Model model) {
        EvaluationForm form = new EvaluationForm();
        form.setEvaluatedOn(LocalDate.now(SHANGHAI));
        model.addAttribute("form", form);
        return page(page, model);
    }

    @PostMapping("/supervision/evaluations")
    @PreAuthorize(STAFF)
    String processEvaluation(
            @Valid @ModelAttribute("form") EvaluationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Map<Long, Evaluation> ballots = new LinkedHashMap<>();
                form.getBallots().forEach((person, choice) -> {
                    if (choice != null) {
                        ballots.put(person, choice);
                    }
                });
                var result = evaluations.evaluate(
                        form.isByBallot()
                                ? NewCollectiveEvaluation.ballots(
                                        form.getCaseId(), form.getMeetingId(), ballots, form.getEvaluatedOn())
                                : new NewCollectiveEvaluation(
                                        form.getCaseId(),
                                        form.getMeetingId(),
                                        Map.of(),
                                        form.getSatisfied(),
                                        form.getBasicallySatisfied(),
                                        form.getUnsatisfied(),
                                        form.getEvaluatedOn()));
                redirect.addFlashAttribute(
                        "flash",
                        result.sentBack() ? "supervision.collective.sentBack" : "supervision.collective.recorded");
                return "redirect:/supervision/evaluations";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            } catch (ConflictException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page(0, model);
    }

    @PostMapping("/supervision/evaluations/{id}/publication")
    @PreAuthorize(STAFF)
    String processPublication(@PathVariable long id, RedirectAttributes redirect) {
        try {
            evaluations.publish(id);
            redirect.addFlashAttribute("flash", "supervision.collective.published");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/supervision/evaluations";
    }

    private String page(int page, Model model) {
        model.addAttribute("page", evaluations.list(new PageRequest(page, 20, null, false)));
        int year = LocalDate.now(SHANGHAI).getYear();
        // The report comes back to a meeting still to be held or under way: this year's and next year's.
        var scMeetings = choices.meetings(MeetingDirectory.Kind.SC_MEETING, year + 1);
        scMeetings.putAll(choices.meetings(MeetingDirectory.Kind.SC_MEETING, year));
        model.addAttribute("scMeetings", scMeetings);
        model.addAttribute("members", choices.members());
        model.addAttribute("choicesOfBallot", choices.labels(Evaluation.class, "handling.evaluation."));
        return "supervision/evaluation/list";
    }
}
