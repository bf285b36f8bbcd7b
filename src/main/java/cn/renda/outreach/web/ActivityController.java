package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.DeputyView;
import cn.renda.organization.GroupFilter;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.PersonRegistry;
import cn.renda.outreach.ActivityFilter;
import cn.renda.outreach.ActivityPhotos;
import cn.renda.outreach.ActivityView;
import cn.renda.outreach.NewActivity;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.OutreachActivities;
import cn.renda.outreach.ThemeCatalogue;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activity pages: the list (by street, theme, year), one activity, and the record form (phone first). */
@Controller
@RequestMapping("/outreach/activities")
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class ActivityController {

    private static final String WRITE = "hasAnyRole('DEPUTY','STREET','STAFF','ADMIN')";

    private final OutreachActivities activities;
    private final ActivityPhotos photos;
    private final ThemeCatalogue themes;
    private final BodyDirectory bodies;
    private final GroupRegistry groups;
    private final PersonRegistry people;
    private final Clock clock;

    ActivityController(
            OutreachActivities activities,
            ActivityPhotos photos,
            ThemeCatalogue themes,
            BodyDirectory bodies,
            GroupRegistry groups,
            PersonRegistry people,
            Clock clock) {
        this.activities = activities;
        this.photos = photos;
        this.themes = themes;
        this.bodies = bodies;
        this.groups = groups;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String showList(
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        model.addAttribute("street", street);
        model.addAttribute("year", year);
        model.addAttribute("theme", theme == null ? null : themes.get(theme));
        model.addAttribute("streets", bodies.streetNames());
        model.addAttribute(
                "page", activities.list(new ActivityFilter(street, theme, year), Paging.of(page, sort, dir)));
        return "outreach/activities";
    }

    @GetMapping("/{id}")
    String showActivity(@PathVariable long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("photos", photos.photos(id));
        model.addAttribute("mayAddPhotos", photos.mayAdd(id));
        model.addAttribute("maxPhotos", ActivityPhotos.MAX_PER_ACTIVITY);
        return "outreach/activity";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showNew(Model model) {
        ActivityForm form = new ActivityForm();
        form.setHeldOn(LocalDate.now(clock));
        return form(form, model);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processNew(
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                boolean deputy = CurrentUser.require().hasAny(Role.DEPUTY);
                NewActivity activity = deputy
                        ? NewActivity.byDeputy(
                                form.getTitle(),
                                form.getHeldOn(),
                                form.getPlace(),
                                form.getThemeId(),
                                form.getVotersMet(),
                                form.getSummary())
                        : new NewActivity(
                                form.getTitle(),
                                form.getHeldOn(),
                                form.getPlace(),
                                form.getThemeId(),
                                form.getStreetId(),
                                form.getCoStreetIds(),
                                form.getGroupId(),
                                null,
                                form.getDeputyIds(),
                                form.getVotersMet(),
                                form.getSummary());
                boolean withOpinion =
                        form.getOpinion() != null && !form.getOpinion().isBlank();
                NewOpinion opinion = !withOpinion
                        ? null
                        : deputy
                                ? NewOpinion.byDeputy(
                                        null,
                                        form.getOpinion(),
                                        null,
                                        null,
                                        null,
                                        form.getCitizenName(),
                                        form.getCitizenPhone())
                                : NewOpinion.byStreet(
                                        null, form.getOpinion(), null, form.getCitizenName(), form.getCitizenPhone());
                ActivityView v = photos.record(activity, opinion, PhotoUploads.of(form.getPhotos()));
                redirect.addFlashAttribute(
                        "flash", withOpinion ? "outreach.flash.activityOpinion" : "outreach.flash.activity");
                return "redirect:/outreach/activities/" + v.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return form(form, model);
    }

    private String form(ActivityForm form, Model model) {
        CurrentUser user = CurrentUser.require();
        boolean deputy = user.hasAny(Role.DEPUTY);
        model.addAttribute("form", form);
        model.addAttribute("deputyForm", deputy);
        model.addAttribute("maxPhotos", ActivityPhotos.MAX_PER_ACTIVITY);
        Map<Long, String> themeOptions = new LinkedHashMap<>();
        int year = LocalDate.now(clock).getYear();
        themes.themes(year).forEach(t -> themeOptions.put(t.id(), t.title()));
        model.addAttribute("themeOptions", themeOptions);
        if (!deputy) {
            Map<Long, String> streets = bodies.streetNames();
            Long own = user.street() == null
                    ? null
                    : bodies.streetId(user.street()).orElse(null);
            if (own != null && form.getStreetId() == null) {
                form.setStreetId(own);
            }
            model.addAttribute("streets", streets);
            Map<Long, String> groupOptions = new LinkedHashMap<>();
            groups.list(
                            new GroupFilter(null, own, null, true),
                            new cn.renda.core.PageRequest(0, cn.renda.core.PageRequest.MAX_SIZE, null, false))
                    .items()
                    .forEach(g -> groupOptions.put(g.id(), g.name()));
            model.addAttribute("groupOptions", groupOptions);
            List<DeputyView> deputies =
                    form.getStreetId() == null ? List.of() : people.deputiesOfStreet(form.getStreetId());
            model.addAttribute("deputies", deputies);
        }
        return "outreach/activity-form";
    }
}
