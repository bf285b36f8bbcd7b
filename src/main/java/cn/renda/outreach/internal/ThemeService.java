package cn.renda.outreach.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.GroupView;
import cn.renda.outreach.NewTheme;
import cn.renda.outreach.StreetCoverage;
import cn.renda.outreach.ThemeCatalogue;
import cn.renda.outreach.ThemeOrderView;
import cn.renda.outreach.ThemeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Themes, orders and the coverage per street. */
@Service
class ThemeService implements ThemeCatalogue {

    private final ThemeRepository themes;
    private final ActivityRepository activities;
    private final OpinionRepository opinions;
    private final OutreachAccess access;
    private final BodyDirectory bodies;
    private final GroupRegistry groups;

    ThemeService(
            ThemeRepository themes,
            ActivityRepository activities,
            OpinionRepository opinions,
            OutreachAccess access,
            BodyDirectory bodies,
            GroupRegistry groups) {
        this.themes = themes;
        this.activities = activities;
        this.opinions = opinions;
        this.access = access;
        this.bodies = bodies;
        this.groups = groups;
    }

    @Override
    @Transactional
    public ThemeView publish(NewTheme t) {
        CurrentUser user = access.user();
        if (t.streetId() == null) {
            access.requireAny(user, Role.STAFF, Role.ADMIN);
        } else {
            access.requireStreet(user, t.streetId());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String title = Text.clean(t.title());
        if (title == null || title.length() > 100 || Text.hasControl(t.title())) {
            problems.add(new FieldProblem("title", "outreach.error.title", 100));
        }
        String guidance = Text.clean(t.guidance());
        if (guidance != null && (guidance.length() > 2000 || Text.hasControl(t.guidance()))) {
            problems.add(new FieldProblem("guidance", "outreach.error.guidance"));
        }
        if (t.year() < 2000 || t.year() > 2100) {
            problems.add(new FieldProblem("year", "outreach.error.year"));
        }
        if (t.quarter() < 1 || t.quarter() > 4) {
            problems.add(new FieldProblem("quarter", "outreach.error.quarter"));
        }
        if (problems.isEmpty() && themes.exists(title, t.year(), t.quarter(), t.streetId())) {
            problems.add(new FieldProblem("title", "outreach.error.themeTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id =
                themes.insert(title, guidance == null ? "" : guidance, t.year(), t.quarter(), t.streetId(), user.id());
        return get(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ThemeView> themes(int year) {
        Map<Long, String> streets = bodies.streetNames();
        return themes.ofYear(year).stream().map(r -> view(r, streets)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ThemeView get(long id) {
        return themes.find(id)
                .map(r -> view(r, bodies.streetNames()))
                .orElseThrow(() -> new NotFoundException("theme", id));
    }

    @Override
    @Transactional
    public ThemeOrderView order(long themeId, long groupId, int plannedActivities, String plan) {
        CurrentUser user = access.user();
        get(themeId);
        GroupView group = groups.find(groupId)
                .filter(GroupView::active)
                .orElseThrow(() -> new InvalidInputException("groupId", "outreach.error.group"));
        access.requireStreet(user, group.streetId());
        if (plannedActivities < 1 || plannedActivities > 50) {
            throw new InvalidInputException("plannedActivities", "outreach.error.planned");
        }
        String p = Text.clean(plan);
        if (p != null && (p.length() > 1000 || Text.hasControl(plan))) {
            throw new InvalidInputException("plan", "outreach.error.plan");
        }
        if (themes.ordered(themeId, groupId)) {
            throw new InvalidInputException("groupId", "outreach.error.ordered");
        }
        long id = themes.insertOrder(
                themeId, groupId, group.name(), group.streetId(), plannedActivities, p == null ? "" : p);
        return orders(themeId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /** Demo data: an order without the signed-in user's street check (the loader acts for every street). */
    long importOrder(long themeId, GroupView group, int plannedActivities, String plan) {
        return themes.insertOrder(themeId, group.id(), group.name(), group.streetId(), plannedActivities, plan);
    }

    /** Demo data: a theme without the signed-in user. */
    long importTheme(NewTheme t) {
        return themes.insert(t.title(), t.guidance(), t.year(), t.quarter(), t.streetId(), 0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ThemeOrderView> orders(long themeId) {
        return themes.orders(themeId, bodies.streetNames());
    }

    @Override
    @Transactional(readOnly = true)
    public List<StreetCoverage> coverage(int year) {
        Map<Long, long[]> orders = themes.ordersPerStreet(year);
        Map<Long, long[]> held = activities.perStreet(year);
        Map<Long, long[]> received = opinions.perStreet(year);
        List<StreetCoverage> out = new ArrayList<>();
        for (var s : bodies.streets()) {
            long[] o = orders.getOrDefault(s.id(), new long[2]);
            long[] a = held.getOrDefault(s.id(), new long[2]);
            long[] v = received.getOrDefault(s.id(), new long[2]);
            out.add(new StreetCoverage(s.id(), s.name(), o[0], o[1], a[0], a[1], v[0], v[1]));
        }
        return out;
    }

    private static ThemeView view(ThemeRepository.ThemeRow r, Map<Long, String> streets) {
        return new ThemeView(
                r.id(),
                r.title(),
                r.guidance(),
                r.year(),
                r.quarter(),
                r.streetId(),
                r.streetId() == null ? null : streets.get(r.streetId()),
                r.orders(),
                r.ordersDone(),
                r.activities());
    }
}
