package cn.renda.organization.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.DeputyLevel;
import cn.renda.organization.Gender;
import cn.renda.organization.PersonCommand;
import cn.renda.organization.PersonFilter;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.PersonView;
import cn.renda.organization.RoleCommand;
import cn.renda.organization.RoleKind;
import cn.renda.organization.ScPosition;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
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

/** Pages of people and their roles over time. */
@Controller
@RequestMapping("/registry/people")
@PreAuthorize("isAuthenticated()")
class PersonController {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final PersonRegistry people;
    private final BodyDirectory bodies;
    private final UnitDirectory units;

    PersonController(PersonRegistry people, BodyDirectory bodies, UnitDirectory units) {
        this.people = people;
        this.bodies = bodies;
        this.units = units;
    }

    /** Query of the list page. */
    record Query(String q, RoleKind role, Long street, Boolean active, Integer page, String sort, String dir) {
        PersonFilter filter() {
            return new PersonFilter(q, role, street, active == null ? Boolean.TRUE : active);
        }
    }

    /** Form: a person. */
    static final class PersonForm {
        @NotBlank
        @Size(max = 60)
        private String name;

        private Gender gender;

        @Size(max = 200)
        private String employer;

        @Pattern(regexp = "[0-9+\\- ]{0,20}")
        private String phone;

        private Long streetId;

        static PersonForm of(PersonView p) {
            PersonForm f = new PersonForm();
            f.name = p.name();
            f.gender = p.gender();
            f.employer = p.employer();
            f.streetId = p.streetId();
            return f;
        }

        PersonCommand command(boolean editing) {
            String p = phone == null || phone.isBlank() ? (editing ? null : "") : phone;
            return new PersonCommand(name, gender, employer, p, streetId);
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender v) {
            gender = v;
        }

        public String getEmployer() {
            return employer;
        }

        public void setEmployer(String v) {
            employer = v;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String v) {
            phone = v;
        }

        public Long getStreetId() {
            return streetId;
        }

        public void setStreetId(Long v) {
            streetId = v;
        }
    }

    /** Form: a new role of a person (only the fields of the chosen kind matter). */
    static final class RoleForm {
        @NotNull
        private RoleKind kind;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom = LocalDate.now();

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validTo;

        private DeputyLevel deputyLevel;

        @Size(max = 100)
        private String constituency;

        private Long streetId;

        @Positive
        private Integer term;

        private ScPosition scPosition;
        private Long bodyId;
        private Long unitId;

        @Size(max = 100)
        private String title;

        RoleCommand command() {
            return new RoleCommand(
                    kind,
                    validFrom,
                    validTo,
                    deputyLevel,
                    constituency,
                    streetId,
                    term,
                    scPosition,
                    bodyId,
                    unitId,
                    title);
        }

        public RoleKind getKind() {
            return kind;
        }

        public void setKind(RoleKind v) {
            kind = v;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate v) {
            validFrom = v;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate v) {
            validTo = v;
        }

        public DeputyLevel getDeputyLevel() {
            return deputyLevel;
        }

        public void setDeputyLevel(DeputyLevel v) {
            deputyLevel = v;
        }

        public String getConstituency() {
            return constituency;
        }

        public void setConstituency(String v) {
            constituency = v;
        }

        public Long getStreetId() {
            return streetId;
        }

        public void setStreetId(Long v) {
            streetId = v;
        }

        public Integer getTerm() {
            return term;
        }

        public void setTerm(Integer v) {
            term = v;
        }

        public ScPosition getScPosition() {
            return scPosition;
        }

        public void setScPosition(ScPosition v) {
            scPosition = v;
        }

        public Long getBodyId() {
            return bodyId;
        }

        public void setBodyId(Long v) {
            bodyId = v;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long v) {
            unitId = v;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String v) {
            title = v;
        }
    }

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute("page", people.list(query.filter(), Paging.of(query.page(), query.sort(), query.dir())));
        model.addAttribute("streets", bodies.streetNames());
        return "organization/people/list";
    }

    @GetMapping("/{id}")
    String showPerson(@PathVariable long id, Model model) {
        model.addAttribute("detail", people.get(id));
        if (!model.containsAttribute("roleForm")) {
            model.addAttribute("roleForm", new RoleForm());
        }
        return view(model);
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showCreate(Model model) {
        model.addAttribute("form", new PersonForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processCreate(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = people.create(form.command(false));
            redirect.addFlashAttribute("flash", "organization.flash.created");
            return "redirect:/registry/people/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String showEdit(@PathVariable long id, Model model) {
        model.addAttribute("form", PersonForm.of(people.get(id).person()));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            people.update(id, form.command(true));
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/people/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, id);
        }
    }

    @PostMapping("/{id}/roles")
    @PreAuthorize(WRITE)
    String processAddRole(
            @PathVariable long id,
            @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                people.addRole(id, form.command());
                redirect.addFlashAttribute("flash", "organization.flash.saved");
                return "redirect:/registry/people/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        model.addAttribute("detail", people.get(id));
        return view(model);
    }

    @PostMapping("/{id}/roles/{roleId}/end")
    @PreAuthorize(WRITE)
    String processEndRole(@PathVariable long id, @PathVariable long roleId, RedirectAttributes redirect) {
        people.endRole(id, roleId, LocalDate.now());
        redirect.addFlashAttribute("flash", "organization.flash.saved");
        return "redirect:/registry/people/" + id;
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    String processDeactivate(@PathVariable long id, RedirectAttributes redirect) {
        people.deactivate(id);
        redirect.addFlashAttribute("flash", "organization.flash.deactivated");
        return "redirect:/registry/people/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    String processActivate(@PathVariable long id, RedirectAttributes redirect) {
        people.activate(id);
        redirect.addFlashAttribute("flash", "organization.flash.activated");
        return "redirect:/registry/people/" + id;
    }

    private String view(Model model) {
        model.addAttribute("streets", bodies.streetNames());
        model.addAttribute("bodies", bodies.bodyNames());
        Map<Long, String> unitNames = new LinkedHashMap<>();
        for (UnitView u : units.activeUnits()) {
            unitNames.put(u.id(), u.name());
        }
        model.addAttribute("units", unitNames);
        return "organization/people/view";
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("streets", bodies.streetNames());
        return "organization/people/form";
    }
}
