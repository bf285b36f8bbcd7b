package cn.renda.organization.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.DeputyCommand;
import cn.renda.organization.DeputyFilter;
import cn.renda.organization.DeputyLevel;
import cn.renda.organization.DeputyView;
import cn.renda.organization.Gender;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.LinkageRegistry;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.RegistryExcel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the deputies: list, view with contact log, create, edit, end/reopen mandate, Excel. */
@Controller
@RequestMapping("/registry/deputies")
@PreAuthorize("isAuthenticated()")
class DeputyController {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final PersonRegistry people;
    private final BodyDirectory bodies;
    private final GroupRegistry groups;
    private final LinkageRegistry linkages;
    private final RegistryExcel excel;

    DeputyController(
            PersonRegistry people,
            BodyDirectory bodies,
            GroupRegistry groups,
            LinkageRegistry linkages,
            RegistryExcel excel) {
        this.people = people;
        this.bodies = bodies;
        this.groups = groups;
        this.linkages = linkages;
        this.excel = excel;
    }

    /** Query of the list page; {@code all=true} includes former deputies. */
    record Query(
            String q, DeputyLevel level, Long street, Long group, Boolean all, Integer page, String sort, String dir) {
        DeputyFilter filter() {
            return new DeputyFilter(q, level, street, group, all == null || !all);
        }
    }

    /** Form: a deputy. */
    static final class DeputyForm {
        @NotBlank
        @Size(max = 60)
        private String name;

        private Gender gender;

        @Size(max = 200)
        private String employer;

        @Pattern(regexp = "[0-9+\\- ]{0,20}")
        private String phone;

        @NotNull
        private DeputyLevel level;

        @Size(max = 100)
        private String constituency;

        private Long streetId;

        @Positive
        private Integer term;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate since;

        private Long groupId;

        static DeputyForm of(DeputyView d) {
            DeputyForm f = new DeputyForm();
            f.name = d.name();
            f.gender = d.gender();
            f.employer = d.employer();
            f.level = d.level();
            f.constituency = d.constituency();
            f.streetId = d.streetId();
            f.term = d.term();
            f.since = d.since();
            return f;
        }

        DeputyCommand command(boolean editing) {
            String p = phone == null || phone.isBlank() ? (editing ? null : "") : phone;
            return new DeputyCommand(name, gender, employer, p, level, constituency, streetId, term, since, groupId);
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

        public DeputyLevel getLevel() {
            return level;
        }

        public void setLevel(DeputyLevel v) {
            level = v;
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

        public LocalDate getSince() {
            return since;
        }

        public void setSince(LocalDate v) {
            since = v;
        }

        public Long getGroupId() {
            return groupId;
        }

        public void setGroupId(Long v) {
            groupId = v;
        }
    }

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute("page", people.deputies(query.filter(), Paging.of(query.page(), query.sort(), query.dir())));
        model.addAttribute("streets", bodies.streetNames());
        model.addAttribute("groups", groups.activeNames());
        return "organization/deputies/list";
    }

    @GetMapping("/{id}")
    String showDeputy(@PathVariable long id, Model model) {
        model.addAttribute("deputy", people.deputy(id));
        model.addAttribute("contacts", linkages.contacts(id, new PageRequest(0, 50, null, false)));
        return "organization/deputies/view";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showCreate(Model model) {
        DeputyForm form = new DeputyForm();
        form.setLevel(DeputyLevel.DISTRICT);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processCreate(
            @Valid @ModelAttribute("form") DeputyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = people.createDeputy(form.command(false));
            redirect.addFlashAttribute("flash", "organization.flash.created");
            return "redirect:/registry/deputies/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String showEdit(@PathVariable long id, Model model) {
        model.addAttribute("form", DeputyForm.of(people.deputy(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DeputyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            people.updateDeputy(id, form.command(true));
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/deputies/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, id);
        }
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    String processDeactivate(@PathVariable long id, RedirectAttributes redirect) {
        people.deactivateDeputy(id);
        redirect.addFlashAttribute("flash", "organization.flash.deactivated");
        return "redirect:/registry/deputies/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    String processActivate(@PathVariable long id, RedirectAttributes redirect) {
        people.activateDeputy(id);
        redirect.addFlashAttribute("flash", "organization.flash.activated");
        return "redirect:/registry/deputies/" + id;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("query") Query query) {
        return Downloads.xlsx("deputies", excel.exportDeputies(query.filter()));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("deputies-template", excel.template(RegistryExcel.Kind.DEPUTIES));
    }

    @GetMapping("/import")
    @PreAuthorize(WRITE)
    String showImport(Model model) {
        return ImportPages.show("deputies", model);
    }

    @PostMapping("/import")
    @PreAuthorize(WRITE)
    String processImport(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        ImportPages.Importer importer = RegistryExcel.isCsv(file.getOriginalFilename(), file.getContentType())
                ? excel::importDeputiesCsv
                : excel::importDeputies;
        return ImportPages.process("deputies", file, importer, model, redirect);
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("streets", bodies.streetNames());
        model.addAttribute("groups", groups.activeNames());
        return "organization/deputies/form";
    }
}
