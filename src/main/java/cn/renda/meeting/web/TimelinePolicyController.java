package cn.renda.meeting.web;

import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.meeting.ReportTimeline;
import cn.renda.meeting.TimelinePolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of the congress's 监督法 第十五条 periods (20 / 10 / 7 days before the meeting by default). */
@Controller
@RequestMapping("/meetings/timeline-policy")
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
class TimelinePolicyController {

    private final TimelinePolicy policy;

    TimelinePolicyController(TimelinePolicy policy) {
        this.policy = policy;
    }

    @GetMapping
    String showTimelinePolicy(Model model) {
        model.addAttribute("days", policy.days());
        model.addAttribute("custom", policy.custom());
        model.addAttribute("steps", ReportTimeline.Step.values());
        return "meeting/timeline-policy";
    }

    @PostMapping("/{step}")
    @PreAuthorize(MeetingController.WRITE)
    String processTimelinePolicy(
            @PathVariable ReportTimeline.Step step,
            @RequestParam(required = false) Integer daysBefore,
            RedirectAttributes redirect) {
        try {
            if (daysBefore == null) {
                throw new InvalidInputException("daysBefore", "meeting.timelinePolicy.error.days");
            }
            policy.set(step, daysBefore);
            redirect.addFlashAttribute("flash", "meeting.timelinePolicy.flash.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e.problems().isEmpty()
                            ? e.messageKey()
                            : e.problems().get(0).messageKey());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/meetings/timeline-policy";
    }
}
