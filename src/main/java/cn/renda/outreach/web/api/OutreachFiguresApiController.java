package cn.renda.outreach.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.outreach.CongressFigures;
import cn.renda.outreach.DeputyFigures;
import cn.renda.outreach.OutreachFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outreach figures of a year for evaluations and the performance ledger: per deputy (paged, by name), one
 * deputy's (a deputy: their own), and the congress's totals.
 */
@RestController
@RequestMapping("/api/v1/outreach/figures")
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class OutreachFiguresApiController {

    private static final String OFFICE = "hasAnyRole('STREET','STAFF','ADMIN','LEADER','MEMBER')";

    private final OutreachFigures figures;
    private final Clock clock;

    OutreachFiguresApiController(OutreachFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/deputies")
    @PreAuthorize(OFFICE)
    Page<DeputyFigures> perDeputy(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ListPages.of(figures.perDeputy(year(year)), Paging.of(page, size, null, null));
    }

    @GetMapping("/deputies/{personId}")
    DeputyFigures deputy(@PathVariable long personId, @RequestParam(required = false) Integer year) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STREET, Role.STAFF, Role.ADMIN, Role.LEADER, Role.MEMBER)
                && !Objects.equals(user.personId(), personId)) {
            throw new AccessDeniedException("another deputy's figures");
        }
        return figures.ofDeputy(personId, year(year));
    }

    @GetMapping("/congress")
    @PreAuthorize(OFFICE)
    CongressFigures congress(@RequestParam(required = false) Integer year) {
        return figures.ofCongress(year(year));
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }
}
