package cn.renda.outreach.web;

import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.PersonRegistry;
import cn.renda.outreach.DeputyFigures;
import cn.renda.outreach.OutreachFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A deputy's outreach record of a year (activities attended, reception days on duty, trainings attended, with
 * the figures the performance ledger reads) and the figures of every deputy for the committee.
 */
@Controller
class DeputyRecordController {

    /** Sort keys of the figures table and what they compare. */
    private static final Map<String, Comparator<DeputyFigures>> SORTS = Map.of(
            "name", Comparator.comparing(DeputyFigures::name),
            "activities", Comparator.comparingLong(DeputyFigures::activities),
            "votersMet", Comparator.comparingLong(DeputyFigures::votersMet),
            "dutyDays", Comparator.comparingLong(DeputyFigures::dutyDays),
            "trainings", Comparator.comparingLong(DeputyFigures::trainings),
            "opinions", Comparator.comparingLong(DeputyFigures::opinionsReceived));

    private final OutreachFigures figures;
    private final PersonRegistry people;
    private final Clock clock;

    DeputyRecordController(OutreachFigures figures, PersonRegistry people, Clock clock) {
        this.figures = figures;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/outreach/deputies/me")
    @PreAuthorize("hasRole('DEPUTY')")
    String showMine() {
        Long me = CurrentUser.require().personId();
        if (me == null) {
            throw new NotFoundException("deputy", "me");
        }
        return "redirect:/outreach/deputies/" + me;
    }

    @GetMapping("/outreach/deputies/{personId}")
    @PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
    String showRecord(
            @PathVariable long personId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUser.require();
        boolean office = user.hasAny(Role.STREET, Role.STAFF, Role.ADMIN, Role.LEADER, Role.MEMBER);
        if (!office && !Objects.equals(user.personId(), personId)) {
            throw new AccessDeniedException("another deputy's record");
        }
        var deputy = people.findDeputy(personId).orElseThrow(() -> new NotFoundException("deputy", personId));
        int y = year(year);
        model.addAttribute("deputy", deputy);
        model.addAttribute("year", y);
        model.addAttribute("record", figures.record(personId, y, Paging.of(page, null, null)));
        return "outreach/deputy-record";
    }

    @GetMapping("/outreach/figures")
    @PreAuthorize("hasAnyRole('STREET','STAFF','ADMIN','LEADER','MEMBER')")
    String showFigures(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        int y = year(year);
        PageRequest request = Paging.of(page, sort, dir);
        // no sort asked (the link from the outreach page): by name; Map.of refuses a null key
        Comparator<DeputyFigures> order =
                request.sort() == null ? SORTS.get("name") : SORTS.getOrDefault(request.sort(), SORTS.get("name"));
        if (request.descending()) {
            order = order.reversed();
        }
        List<DeputyFigures> all = figures.perDeputy(y).stream()
                .sorted(order.thenComparing(DeputyFigures::personId))
                .toList();
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        model.addAttribute("year", y);
        model.addAttribute("totals", figures.ofCongress(y));
        model.addAttribute("page", Page.of(all.subList(from, to), request, all.size()));
        return "outreach/figures";
    }

    private int year(Integer year) {
        int now = LocalDate.now(clock).getYear();
        return year == null || year < 2000 || year > now + 1 ? now : year;
    }
}
