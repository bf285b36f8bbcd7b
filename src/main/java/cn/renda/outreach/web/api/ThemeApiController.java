package cn.renda.outreach.web.api;

import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import cn.renda.outreach.NewTheme;
import cn.renda.outreach.ThemeCatalogue;
import cn.renda.outreach.ThemeOrderView;
import cn.renda.outreach.ThemeView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarterly theme catalogue and the deputy groups' orders (点单) for scripts and apps: list a year's themes
 * (paged), publish one (STAFF for the district, STREET for their street), read one; a theme's orders, order one
 * for a group, read one order with what was carried out.
 */
@RestController
@RequestMapping("/api/v1/outreach/themes")
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class ThemeApiController {

    private static final String PUBLISH = "hasAnyRole('STREET','STAFF','ADMIN')";

    private final ThemeCatalogue themes;
    private final BodyDirectory bodies;
    private final Clock clock;

    ThemeApiController(ThemeCatalogue themes, BodyDirectory bodies, Clock clock) {
        this.themes = themes;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** Body: a theme; {@code streetId} for a street's own theme (street staff: their street when left out). */
    record ThemeRequest(
            @NotBlank @Size(max = 100) String title,
            @Size(max = 2000) String guidance,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(4) Integer quarter,
            Long streetId) {}

    /** Body: a group's order of the theme with the activities it plans. */
    record OrderRequest(
            @NotNull Long groupId,
            @NotNull @Min(1) @Max(50) Integer plannedActivities,
            @Size(max = 1000) String plan) {}

    @GetMapping
    Page<ThemeView> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return ListPages.of(themes.themes(y), Paging.of(page, size, null, null));
    }

    @GetMapping("/{id}")
    ThemeView get(@PathVariable long id) {
        return themes.get(id);
    }

    @PostMapping
    @PreAuthorize(PUBLISH)
    ResponseEntity<ThemeView> publish(@Valid @RequestBody ThemeRequest body) {
        Long street = body.streetId();
        CurrentUser user = CurrentUser.require();
        if (street == null && !user.hasAny(Role.STAFF, Role.ADMIN) && user.street() != null) {
            street = bodies.streetId(user.street()).orElse(null);
        }
        NewTheme theme = street == null
                ? NewTheme.district(body.title(), body.guidance(), body.year(), body.quarter())
                : NewTheme.ofStreet(body.title(), body.guidance(), body.year(), body.quarter(), street);
        return ResponseEntity.status(201).body(themes.publish(theme));
    }

    @GetMapping("/{id}/orders")
    Page<ThemeOrderView> orders(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        themes.get(id);
        return ListPages.of(themes.orders(id), Paging.of(page, size, null, null));
    }

    @GetMapping("/{id}/orders/{orderId}")
    ThemeOrderView order(@PathVariable long id, @PathVariable long orderId) {
        return themes.orders(id).stream()
                .filter(o -> o.id() == orderId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("order", orderId));
    }

    @PostMapping("/{id}/orders")
    @PreAuthorize(PUBLISH)
    ResponseEntity<ThemeOrderView> order(@PathVariable long id, @Valid @RequestBody OrderRequest body) {
        return ResponseEntity.status(201).body(themes.order(id, body.groupId(), body.plannedActivities(), body.plan()));
    }
}
