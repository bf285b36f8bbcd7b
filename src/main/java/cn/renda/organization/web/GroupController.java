package cn.renda.organization.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.GroupCommand;
import cn.renda.organization.GroupFilter;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.GroupView;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.StationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
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

/** Pages of the deputy groups; street committee staff edit the groups of their own street. */
@Controller
@RequestMapping("/registry/groups")
@PreAuthorize("isAuthenticated()")
class GroupController {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN','STREET')";

    private final GroupRegistry groups;
    private final PersonRegistry people;
    private final StationRegistry stations;
    private final BodyDirectory bodies;
    private final StreetScope scope;

    GroupController(
            GroupRegistry groups,
            PersonRegistry people,
            StationRegistry stations,
            BodyDirectory bodies,
            StreetScope scope) {
        this.groups = groups;
        this.people = people;
        this.stations = stations;
        this.bodies = bodies;
        this.scope = scope;
    }

    /** Query of the list page. */
    record Query(String q, Long street, Boolean professional, Boolean active, Integer page, String sort, String dir) {
        GroupFilter filter() {
            return new GroupFilter(q, street, professional, active == null ? Boolean.TRUE : active);
        }
    }

    /** Form: a deputy group with its members. */
    static final class GroupForm {
        @NotBlank
        @Size(max = 100)
        private String name;

        private Long streetId;
        private boolean professional;
        private Long stationId;
        private List<Long> memberIds = new ArrayList<>();

        static GroupForm of(GroupView g) {
            GroupForm f = new GroupForm();
            f.name = g.name();
            f.streetId = g.streetId();
            f.professional = g.professional();
            f.stationId = g.stationId();
            f.memberIds =
                    new ArrayList<>(g.members().stream().map(PersonRef::id).toList());
            return f;
        }

        GroupCommand command() {
            return new GroupCommand(name, streetId, professional, stationId, memberIds);
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

        public boolean isProfessional() {
            return professional;
        }

        public void setProfessional(boolean v) {
            professional = v;
        }

        public Long getStationId() {
            return stationId;
        }

        public void setStationId(Long v) {
            stationId = v;
        }

        public List<Long> getMemberIds() {
            return memberIds;
        }

        public void setMemberIds(List<Long> v) {
            memberIds = v == null ? new ArrayList<>() : v;
        }
    }

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute("page", groups.list(query.filter(), Paging.of(query.page(), query.sort(), query.dir())));
        model.addAttribute("streets", bodies.streetNames());
        model.addAttribute("canCreate", !scope.editableStreets().isEmpty());
        return "organization/groups/list";
    }

    @GetMapping("/{id}")
    String showGroup(@PathVariable long id, Model model) {
        GroupView group = groups.get(id);
        model.addAttribute("group", group);
        model.addAttribute("canEdit", scope.canEdit(group.streetId()));
        return "organization/groups/view";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showCreate(Model model) {
        model.addAttribute("form", new GroupForm());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processCreate(
            @Valid @ModelAttribute("form") GroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        scope.require(form.getStreetId());
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = groups.create(form.command());
            redirect.addFlashAttribute("flash", "organization.flash.created");
            return "redirect:/registry/groups/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String showEdit(@PathVariable long id, Model model) {
        GroupView group = groups.get(id);
        scope.require(group.streetId());
        model.addAttribute("form", GroupForm.of(group));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") GroupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        scope.require(groups.get(id).streetId());
        scope.require(form.getStreetId());
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            groups.update(id, form.command());
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/groups/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, id);
        }
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    String processDeactivate(@PathVariable long id, RedirectAttributes redirect) {
        scope.require(groups.get(id).streetId());
        groups.deactivate(id);
        redirect.addFlashAttribute("flash", "organization.flash.deactivated");
        return "redirect:/registry/groups/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    String processActivate(@PathVariable long id, RedirectAttributes redirect) {
        scope.require(groups.get(id).streetId());
        groups.activate(id);
        redirect.addFlashAttribute("flash", "organization.flash.activated");
        return "redirect:/registry/groups/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        model.addAttribute("streets", scope.editableStreets());
        model.addAttribute("stations", stations.activeNames());
        model.addAttribute("deputies", people.deputyRefs());
        return "organization/groups/form";
    }
}
