package cn.renda.organization.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.RegistryExcel;
import cn.renda.organization.UnitCommand;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitFilter;
import cn.renda.organization.UnitType;
import cn.renda.organization.UnitView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
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

/** Pages of the handling units: list, view, create, edit, (de)activate, Excel export and import. */
@Controller
@RequestMapping("/registry/units")
@PreAuthorize("isAuthenticated()")
class UnitController {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final UnitDirectory units;
    private final BodyDirectory bodies;
    private final RegistryExcel excel;

    UnitController(UnitDirectory units, BodyDirectory bodies, RegistryExcel excel) {
        this.units = units;
        this.bodies = bodies;
        this.excel = excel;
    }

    /** Query of the list page. */
    record Query(String q, UnitType type, Long street, Boolean active, Integer page, String sort, String dir) {
        UnitFilter filter() {
            return new UnitFilter(q, type, street, active == null ? Boolean.TRUE : active);
        }
    }

    /** Form: a unit. */
    static final class UnitForm {
        @NotBlank
        @Size(max = 100)
        private String name;

        @Size(max = 40)
        private String shortName;

        @NotNull
        private UnitType type;

        private Long streetId;

        @Size(max = 200)
        private String address;

        @Pattern(regexp = "[0-9+\\- ]{0,20}")
        private String phone;

        static UnitForm of(UnitView u) {
            UnitForm f = new UnitForm();
            f.name = u.name();
            f.shortName = u.shortName();
            f.type = u.type();
            f.streetId = u.streetId();
            f.address = u.address();
            return f;
        }

        /** A blank phone on edit keeps the stored number (the form never shows it unmasked). */
        UnitCommand command(boolean editing) {
            String p = phone == null || phone.isBlank() ? (editing ? null : "") : phone;
            return new UnitCommand(name, shortName, type, streetId, address, p);
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getShortName() {
            return shortName;
        }

        public void setShortName(String v) {
            shortName = v;
        }

        public UnitType getType() {
            return type;
        }

        public void setType(UnitType v) {
            type = v;
        }

        public Long getStreetId() {
            return streetId;
        }

        public void setStreetId(Long v) {
            streetId = v;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String v) {
            address = v;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String v) {
            phone = v;
        }
    }

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute("page", units.list(query.filter(), Paging.of(query.page(), query.sort(), query.dir())));
        model.addAttribute("streets", bodies.streetNames());
        return "organization/units/list";
    }

    @GetMapping("/{id}")
    String showUnit(@PathVariable long id, Model model) {
        model.addAttribute("unit", units.get(id));
        return "organization/units/view";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showCreate(Model model) {
        model.addAttribute("form", new UnitForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processCreate(
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = units.create(form.command(false));
            redirect.addFlashAttribute("flash", "organization.flash.created");
            return "redirect:/registry/units/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String showEdit(@PathVariable long id, Model model) {
        model.addAttribute("form", UnitForm.of(units.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            units.update(id, form.command(true));
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/units/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, id);
        }
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    String processDeactivate(@PathVariable long id, RedirectAttributes redirect) {
        units.deactivate(id);
        redirect.addFlashAttribute("flash", "organization.flash.deactivated");
        return "redirect:/registry/units/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    String processActivate(@PathVariable long id, RedirectAttributes redirect) {
        units.activate(id);
        redirect.addFlashAttribute("flash", "organization.flash.activated");
        return "redirect:/registry/units/" + id;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("query") Query query) {
        return Downloads.xlsx("units", excel.exportUnits(query.filter()));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("units-template", excel.template(RegistryExcel.Kind.UNITS));
    }

    @GetMapping("/import")
    @PreAuthorize(WRITE)
    String showImport(Model model) {
        return ImportPages.show("units", model);
    }

    @PostMapping("/import")
    @PreAuthorize(WRITE)
    String processImport(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        return ImportPages.process("units", file, excel::importUnits, model, redirect);
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("streets", bodies.streetNames());
        return "organization/units/form";
    }
}
