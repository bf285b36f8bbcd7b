package cn.renda.outreach.internal;

import cn.renda.core.TenantContext;
import cn.renda.core.WaitingWork;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.outreach.OpinionState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What outreach has waiting: street staff the opinions of their street to triage and to answer; a deputy the
 * opinions they received still being handled (to follow) and the answers they may evaluate; the office (deputy
 * affairs committee staff) the theme orders of the year not yet carried out (照单落实) to check. A few counting
 * queries per page.
 */
@Component
class OutreachWaiting implements WaitingWork {

    private static final String OPINIONS = "/outreach/opinions";

    private final OpinionRepository opinions;
    private final OutreachAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    OutreachWaiting(OpinionRepository opinions, OutreachAccess access, JdbcClient jdbc, Clock clock) {
        this.opinions = opinions;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> waiting() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        Optional<Long> street = access.office(user) ? Optional.empty() : access.streetOf(user);
        if (street.isPresent()) {
            Map<OpinionState, Long> counts = opinions.counts(street.get(), null);
            items.add(new Item(
                    "outreach.waiting.triage",
                    counts.getOrDefault(OpinionState.RECEIVED, 0L),
                    OPINIONS + "?state=RECEIVED",
                    OPINIONS));
            items.add(new Item(
                    "outreach.waiting.answer",
                    counts.getOrDefault(OpinionState.STREET_HANDLING, 0L),
                    OPINIONS + "?state=STREET_HANDLING",
                    OPINIONS));
        } else if (user.hasAny(Role.DEPUTY) && user.personId() != null && !access.office(user)) {
            Map<OpinionState, Long> counts = opinions.counts(null, user.personId());
            long following = counts.entrySet().stream()
                    .filter(e -> e.getKey().open() || e.getKey() == OpinionState.TAKEN_UP)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            items.add(new Item("outreach.waiting.follow", following, OPINIONS, OPINIONS));
            items.add(new Item(
                    "outreach.waiting.evaluate",
                    counts.getOrDefault(OpinionState.ANSWERED, 0L),
                    OPINIONS + "?state=ANSWERED",
                    OPINIONS));
        }
        if (user.hasAny(Role.STAFF)) {
            items.add(new Item("outreach.waiting.orders", openOrders(), "/outreach", "/outreach"));
        }
        return items;
    }

    /** Orders on themes of this year whose quarter has begun, with fewer activities held than planned. */
    private long openOrders() {
        LocalDate today = LocalDate.now(clock);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        return jdbc.sql("select count(*) from outreach.theme_order o join outreach.theme t"
                        + " on t.congress_id = o.congress_id and t.id = o.theme_id"
                        + " where o.congress_id = ? and t.year = ? and t.quarter <= ? and o.planned_activities >"
                        + " (select count(*) from outreach.activity a where a.congress_id = ?"
                        + " and a.theme_id = o.theme_id and a.group_id = o.group_id)")
                // the activities' congress as a value too: Citus sends a correlated look-up to every shard otherwise
                .params(TenantContext.orNone(), today.getYear(), quarter, TenantContext.orNone())
                .query(Long.class)
                .single();
    }
}
