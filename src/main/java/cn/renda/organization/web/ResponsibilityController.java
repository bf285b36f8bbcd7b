package cn.renda.organization.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.ResponsibilityCommand;
import cn.renda.organization.ResponsibilityRegistry;
import cn.renda.organization.ResponsibilityType;
import cn.renda.organization.ResponsibilityView;
import cn.renda.organization.VisitCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of leadership responsibilities (包保) and their visit logs. */
@Controller
@RequestMapping("/registry/responsibilities")
@PreAuthorize("isAuthenticated()")
class ResponsibilityController {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final ResponsibilityRegistry responsibilities;
    private final PersonRegistry people;

    ResponsibilityController(ResponsibilityRegistry responsibilities, PersonRegistry people) {
        this.responsibilities = responsibilities;
        this.people = people;
    }

    /** Query of the list page. */
    record Query(String q, ResponsibilityType type, Boolean active, Integer page, String sort, String dir) {}

    /** Form: a responsibility. */
    static final class ResponsibilityForm {
        @NotNull
        private Long leaderId;

        @NotNull
        private ResponsibilityType type;

        @NotBlank
        @Size(max = 100)
        private String name;

        @Size(max = 1000)
        private String description;

        static ResponsibilityForm of(ResponsibilityView r) {
            ResponsibilityForm f = new ResponsibilityForm();
            f.leaderId = r.leaderId();
            f.type = r.type();
            f.name = r.name();
            f.description = r.description();
            return f;
        }

        ResponsibilityCommand command() {
            return new ResponsibilityCommand(leaderId, type, name, description);
        }

        public Long getLeaderId() {
            return leaderId;
        }

        public void setLeaderId(Long v) {
            leaderId = v;
        }

        public ResponsibilityType getType() {
            return type;
        }

        public void setType(ResponsibilityType v) {
            type = v;
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String v) {
            description = v;
        }
    }

    /** Form: a visit. */
    static final class VisitForm {
        @NotNull
        @PastOrPresent
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date = LocalDate.now();

        @NotBlank
        @Size(max = 2000)
        private String summary;

        @Size(max = 2000)
        private String problems;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate v) {
            date = v;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String v) {
            summary = v;
        }

        public String getProblems() {
            return problems;
        }

        public void setProblems(String v) {
            problems = v;
        }
    }

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute(
                "page",
                responsibilities.list(
                        query.q(),
                        query.type(),
                        null,
                        query.active() == null ? Boolean.TRUE : query.active(),
                        Paging.of(query.page(), query.sort(), query.dir())));
        return "organization/responsibilities/list";
    }

    @GetMapping("/{id}")
    String showResponsibility(@PathVariable long id, Model model) {
        model.addAttribute("visitForm", new VisitForm());
        return view(id, model);
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showCreate(Model model) {
        model.addAttribute("form", new ResponsibilityForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processCreate(
            @Valid @ModelAttribute("form") ResponsibilityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = responsibilities.create(form.command());
            redirect.addFlashAttribute("flash", "organization.flash.created");
            return "redirect:/registry/responsibilities/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String showEdit(@PathVariable long id, Model model) {
        model.addAttribute("form", ResponsibilityForm.of(responsibilities.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ResponsibilityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            responsibilities.update(id, form.command());
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/responsibilities/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, id);
        }
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    String processDeactivate(@PathVariable long id, RedirectAttributes redirect) {
        responsibilities.deactivate(id);
        redirect.addFlashAttribute("flash", "organization.flash.deactivated");
        return "redirect:/registry/responsibilities/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    String processActivate(@PathVariable long id, RedirectAttributes redirect) {
        responsibilities.activate(id);
        redirect.addFlashAttribute("flash", "organization.flash.activated");
        return "redirect:/registry/responsibilities/" + id;
    }

    @PostMapping("/{id}/visits")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN','LEADER')")
    String processVisit(
            @PathVariable long id,
            @Valid @ModelAttribute("visitForm") VisitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                responsibilities.logVisit(id, new VisitCommand(form.getDate(), form.getSummary(), form.getProblems()));
                redirect.addFlashAttribute("flash", "organization.flash.logged");
                return "redirect:/registry/responsibilities/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return view(id, model);
    }

    private String view(long id, Model model) {
        model.addAttribute("responsibility", responsibilities.get(id));
        model.addAttribute("visits", responsibilities.visits(id));
        model.addAttribute(
                "canVisit",
                CurrentUser.get()
                        .map(u -> u.hasAny(Role.STAFF, Role.ADMIN, Role.LEADER))
                        .orElse(false));
        return "organization/responsibilities/view";
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        Map<Long, String> leaders = new LinkedHashMap<>();
        for (PersonRef p : people.scMemberRefs()) {
            leaders.put(p.id(), p.name());
        }
        model.addAttribute("leaders", leaders);
        return "organization/responsibilities/form";
    }
}
