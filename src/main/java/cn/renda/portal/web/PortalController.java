package cn.renda.portal.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.PageRequest;
import cn.renda.core.PublicEndpoint;
import cn.renda.handling.Evaluation;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.DeputyView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.StationFilter;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationView;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.OpinionReceipt;
import cn.renda.outreach.OpinionSuggestions;
import cn.renda.outreach.OutreachActivities;
import cn.renda.outreach.ThemeCatalogue;
import cn.renda.outreach.VoterOpinions;
import cn.renda.portal.internal.SubmitLimiter;
import cn.renda.supervision.SupervisionPlanFacade;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public portal's pages (no account): home, themes, stations per street and each station's page, a
 * deputy's page, submitting an opinion, tracking it by code and evaluating the answer, published answers.
 */
@Controller
class PortalController {

    private static final java.util.Set<String> FORM_FIELDS =
            java.util.Set.of("title", "content", "citizenName", "citizenPhone", "streetId");

    private final PublicCongress congress;
    private final ThemeCatalogue themes;
    private final OutreachActivities activities;
    private final OpinionSuggestions opinionSuggestions;
    private final VoterOpinions opinions;
    private final StationRegistry stations;
    private final PersonRegistry people;
    private final BodyDirectory bodies;
    private final SubmitLimiter limiter;
    private final SupervisionPlanFacade plans;
    private final Clock clock;

    PortalController(
            PublicCongress congress,
            ThemeCatalogue themes,
            OutreachActivities activities,
            OpinionSuggestions opinionSuggestions,
            VoterOpinions opinions,
            StationRegistry stations,
            PersonRegistry people,
            BodyDirectory bodies,
            SubmitLimiter limiter,
            SupervisionPlanFacade plans,
            Clock clock) {
        this.congress = congress;
        this.themes = themes;
        this.activities = activities;
        this.opinionSuggestions = opinionSuggestions;
        this.opinions = opinions;
        this.stations = stations;
        this.people = people;
        this.bodies = bodies;
        this.limiter = limiter;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/public")
    @PublicEndpoint
    String showHome(@RequestParam(required = false) String congress, Model model) {
        int year = LocalDate.now(clock).getYear();
        this.congress.call(congress, () -> {
            var list = themes.themes(year);
            model.addAttribute("themes", list.isEmpty() ? themes.themes(year - 1) : list);
            model.addAttribute("streets", bodies.streets());
            model.addAttribute(
                    "replies",
                    opinions.published(new PageRequest(0, 5, null, false)).items());
            return null;
        });
        return "portal/home";
    }

    @GetMapping("/public/themes")
    @PublicEndpoint
    String showThemes(
            @RequestParam(required = false) String congress,
            @RequestParam(required = false) Integer year,
            Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("themes", this.congress.call(congress, () -> themes.themes(y)));
        return "portal/themes";
    }

    @GetMapping("/public/stations")
    @PublicEndpoint
    String showStations(
            @RequestParam(required = false) String congress,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Integer page,
            Model model) {
        this.congress.call(congress, () -> {
            model.addAttribute("streets", bodies.streetNames());
            model.addAttribute("street", street);
            model.addAttribute(
                    "page",
                    stations.list(
                            new StationFilter(null, null, null, street, true),
                            new PageRequest(page == null ? 0 : Math.max(0, page), 20, null, false)));
            return null;
        });
        return "portal/stations";
    }

    @GetMapping("/public/stations/{id}")
    @PublicEndpoint
    String showStation(@PathVariable long id, @RequestParam(required = false) String congress, Model model) {
        this.congress.call(congress, () -> {
            StationView station = activeStation(id);
            model.addAttribute("station", station);
            model.addAttribute(
                    "duties",
                    activities
                            .duties(id, LocalDate.now(clock), new PageRequest(0, 5, null, false))
                            .items());
            return null;
        });
        return "portal/station";
    }

    @GetMapping("/public/stations/{id}/print")
    @PublicEndpoint
    String showStationPrint(@PathVariable long id, @RequestParam(required = false) String congress, Model model) {
        model.addAttribute("station", this.congress.call(congress, () -> activeStation(id)));
        return "portal/station-print";
    }

    @GetMapping("/public/deputies/{id}")
    @PublicEndpoint
    String showDeputy(@PathVariable long id, @RequestParam(required = false) String congress, Model model) {
        model.addAttribute("deputy", this.congress.call(congress, () -> currentDeputy(id)));
        return "portal/deputy";
    }

    private StationView activeStation(long id) {
        return stations.find(id).filter(StationView::active).orElseThrow(() -> new NotFoundException("station", id));
    }

    private DeputyView currentDeputy(long id) {
        return people.findDeputy(id).filter(DeputyView::current).orElseThrow(() -> new NotFoundException("deputy", id));
    }

    // ---- submit ---------------------------------------------------------------------------------

    @GetMapping("/public/submit")
    @PublicEndpoint
    String showSubmit(
            @RequestParam(required = false) String congress,
            @RequestParam(required = false) Long station,
            @RequestParam(required = false) Long deputy,
            Model model) {
        PublicOpinionForm form = new PublicOpinionForm();
        form.setStationId(station);
        form.setDeputyId(deputy);
        return submitPage(congress, form, model);
    }

    private String submitPage(String congress, PublicOpinionForm form, Model model) {
        this.congress.call(congress, () -> {
            model.addAttribute("streets", bodies.streetNames());
            if (form.getStationId() != null) {
                model.addAttribute(
                        "station",
                        stations.find(form.getStationId())
                                .filter(StationView::active)
                                .orElse(null));
            }
            if (form.getDeputyId() != null) {
                model.addAttribute(
                        "deputy",
                        people.findDeputy(form.getDeputyId())
                                .filter(DeputyView::current)
                                .orElse(null));
            }
            return null;
        });
        model.addAttribute("form", form);
        return "portal/submit";
    }

    @PostMapping("/public/submit")
    @PublicEndpoint
    String processSubmit(
            @RequestParam(required = false) String congress,
            @Valid @ModelAttribute("form") PublicOpinionForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("refused", true);
            return submitPage(congress, form, model);
        }
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            // a bot filled the honeypot: thank it without storing anything
            redirect.addFlashAttribute("flash", "portal.flash.received");
            return "redirect:/public/track";
        }
        if (!errors.hasErrors()) {
            try {
                OpinionReceipt receipt = this.congress.call(
                        congress,
                        () -> opinions.submit(NewOpinion.fromPortal(
                                form.getTitle(),
                                form.getContent(),
                                form.getStreetId(),
                                form.getStationId(),
                                form.getDeputyId(),
                                form.getCitizenName(),
                                form.getCitizenPhone())));
                redirect.addFlashAttribute("receivedCode", receipt.code());
                return "redirect:/public/track?code=" + receipt.code();
            } catch (InvalidInputException e) {
                for (var p : e.problems()) {
                    // station and deputy come from a scanned code; a problem with them is shown at the street
                    String field = FORM_FIELDS.contains(p.field()) ? p.field() : "streetId";
                    errors.rejectValue(field, p.messageKey(), p.arguments(), p.messageKey());
                }
            }
        }
        response.setStatus(400);
        return submitPage(congress, form, model);
    }

    // ---- track and evaluate ---------------------------------------------------------------------

    @GetMapping("/public/track")
    @PublicEndpoint
    String showTrack(
            @RequestParam(required = false) String congress, @RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("evaluations", Evaluation.values());
        if (code != null && !code.isBlank()) {
            var found = this.congress.call(congress, () -> opinions.track(code));
            model.addAttribute("opinion", found.orElse(null));
            model.addAttribute("notFound", found.isEmpty());
            if (found.isPresent()) {
                model.addAttribute(
                        "suggestion",
                        this.congress
                                .call(congress, () -> opinionSuggestions.ofCode(code))
                                .orElse(null));
            }
        }
        return "portal/track";
    }

    @PostMapping("/public/track/evaluate")
    @PublicEndpoint
    String processEvaluate(
            @RequestParam(required = false) String congress,
            @RequestParam String code,
            @RequestParam(required = false) Evaluation evaluation,
            @RequestParam(required = false) String comment,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            redirect.addFlashAttribute("flashError", "portal.error.rateLimited");
            return "redirect:/public/track?code=" + encode(code);
        }
        try {
            this.congress.call(congress, () -> opinions.evaluate(code, evaluation, comment));
            redirect.addFlashAttribute("flash", "portal.flash.evaluated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
        } catch (cn.renda.core.ConflictException e) {
            redirect.addFlashAttribute("flashError", "portal.error.notEvaluable");
        }
        return "redirect:/public/track?code=" + encode(code);
    }

    private static String encode(String code) {
        return java.net.URLEncoder.encode(code == null ? "" : code, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/public/results")
    @PublicEndpoint
    String showResults(
            @RequestParam(required = false) String congress,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute(
                "page",
                this.congress.call(
                        congress,
                        () -> opinions.published(
                                new PageRequest(page == null ? 0 : Math.max(0, page), 20, null, false))));
        return "portal/results";
    }
}
