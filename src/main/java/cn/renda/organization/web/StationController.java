package cn.renda.organization.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.RegistryExcel;
import cn.renda.organization.StationCommand;
import cn.renda.organization.StationFilter;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationType;
import cn.renda.organization.StationView;
import cn.renda.organization.StudioKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Pages of the stations (studios, liaison stations, contact points). Office staff edit all; street
 * committee staff the stations of their own street.
 */
@Controller
@RequestMapping("/registry/stations")
@PreAuthorize("isAuthenticated()")
class StationController {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN','STREET')";

    private final StationRegistry stations;
    private final PersonRegistry people;
    private final BodyDirectory bodies;
    private final StreetScope scope;
    private final RegistryExcel excel;

    StationController(
            StationRegistry stations,
            PersonRegistry people,
            BodyDirectory bodies,
            StreetScope scope,
            RegistryExcel excel) {
        this.stations = stations;
        this.people = people;
        this.bodies = bodies;
        this.scope = scope;
        this.excel = excel;
    }

    /** Query of the list page. */
    record Query(
            String q,
            StationType type,
            StudioKind kind,
            Long street,
            Boolean active,
            Integer page,
            String sort,
            String dir) {
        StationFilter filter() {
            return new StationFilter(q, type, kind, street, active == null ? Boolean.TRUE : active);
        }
    }

    /** Form: a station with its stationed deputies. */
    static final class StationForm {
        @NotNull
        private StationType type;

        private StudioKind studioKind;

        @NotBlank
        @Size(max = 100)
        private String name;

        @NotNull
        private Long streetId;

        @Size(max = 200)
        private String address;

        @Size(max = 500)
        private String receptionSchedule;

        private List<Long> deputyIds = new ArrayList<>();

        static StationForm of(StationView s) {
            StationForm f = new StationForm();
            f.type = s.type();
            f.studioKind = s.studioKind();
            f.name = s.name();
            f.streetId = s.streetId();
            f.address = s.address();
            f.receptionSchedule = s.receptionSchedule();
            f.deputyIds =
                    new ArrayList<>(s.deputies().stream().map(PersonRef::id).toList());
            return f;
        }

        StationCommand command() {
            return new StationCommand(type, studioKind, name, streetId, address, receptionSchedule, deputyIds);
        }

        public StationType getType() {
            return type;
        }

        public void setType(StationType v) {
            type = v;
        }

        public StudioKind getStudioKind() {
            return studioKind;
        }

        public void setStudioKind(StudioKind v) {
            studioKind = v;
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
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

        public String getReceptionSchedule() {
            return receptionSchedule;
        }

        public void setReceptionSchedule(String v) {
            receptionSchedule = v;
        }

        public List<Long> getDeputyIds() {
            return deputyIds;
        }

        public void setDeputyIds(List<Long> v) {
            deputyIds = v == null ? new ArrayList<>() : v;
        }
    }

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute("page", stations.list(query.filter(), Paging.of(query.page(), query.sort(), query.dir())));
        model.addAttribute("streets", bodies.streetNames());
        model.addAttribute("canCreate", !scope.editableStreets().isEmpty());
        return "organization/stations/list";
    }

    @GetMapping("/{id}")
    String showStation(@PathVariable long id, Model model) {
        StationView station = stations.get(id);
        model.addAttribute("station", station);
        model.addAttribute("canEdit", scope.canEdit(station.streetId()));
        return "organization/stations/view";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showCreate(Model model) {
        model.addAttribute("form", new StationForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processCreate(
            @Valid @ModelAttribute("form") StationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getStreetId() != null) {
            scope.require(form.getStreetId());
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = stations.create(form.command());
            redirect.addFlashAttribute("flash", "organization.flash.created");
            return "redirect:/registry/stations/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String showEdit(@PathVariable long id, Model model) {
        StationView station = stations.get(id);
        scope.require(station.streetId());
        model.addAttribute("form", StationForm.of(station));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        scope.require(stations.get(id).streetId());
        if (form.getStreetId() != null) {
            scope.require(form.getStreetId());
        }
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            stations.update(id, form.command());
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/stations/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, id);
        }
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    String processDeactivate(@PathVariable long id, RedirectAttributes redirect) {
        scope.require(stations.get(id).streetId());
        stations.deactivate(id);
        redirect.addFlashAttribute("flash", "organization.flash.deactivated");
        return "redirect:/registry/stations/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    String processActivate(@PathVariable long id, RedirectAttributes redirect) {
        scope.require(stations.get(id).streetId());
        stations.activate(id);
        redirect.addFlashAttribute("flash", "organization.flash.activated");
        return "redirect:/registry/stations/" + id;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("query") Query query) {
        return Downloads.xlsx("stations", excel.exportStations(query.filter()));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("stations-template", excel.template(RegistryExcel.Kind.STATIONS));
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String showImport(Model model) {
        return ImportPages.show("stations", model);
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String processImport(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        return ImportPages.process("stations", file, excel::importStations, model, redirect);
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("streets", scope.editableStreets());
        model.addAttribute("deputies", people.deputyRefs());
        return "organization/stations/form";
    }
}
