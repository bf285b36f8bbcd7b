package cn.renda.handling.internal;

import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts of cases by kind and state (optionally of one unit's active assignments) for waiting-work badges. */
@Component
class CaseCounts {

    private final JdbcClient jdbc;

    CaseCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(String kind, Collection<String> states, Long unitId) {
        // States are enum names; anything else cannot match and must not shape the array literal.
        if (states.isEmpty() || !states.stream().allMatch(st -> st != null && st.matches("[A-Z_]{1,40}"))) {
            return 0;
        }
        CurrentUser user = CurrentUser.get().orElse(null);
        Long unit = unitId;
        if (user != null && user.hasAny(Role.UNIT) && !user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            if (user.unitId() == null) {
                return 0;
            }
            unit = user.unitId();
        }
        String sql = "select count(*) from handling.cases c where c.congress_id = ? and c.kind = ?"
                + " and c.state = any(?::text[])"
                + (unit == null
                        ? ""
                        : " and exists (select 1 from handling.assignment a where a.congress_id = c.congress_id"
                                + " and a.case_id = c.id and a.unit_id = ? and a.state in "
                                + CaseQueries.ACTIVE_ASSIGNMENT + ")");
        var statement =
                jdbc.sql(sql).param(TenantContext.orNone()).param(kind).param("{" + String.join(",", states) + "}");
        if (unit != null) {
            statement = statement.param(unit);
        }
        return statement.query(Long.class).single();
    }
}
