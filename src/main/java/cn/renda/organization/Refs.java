package cn.renda.organization;

import cn.renda.core.TenantContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ids a command may refer to, loaded once so that bulk checks need no query per row. */
@Component
class Refs {

    private final JdbcClient jdbc;

    Refs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A snapshot of the congress's streets, bodies, units, groups and stations. */
    Snapshot load() {
        Set<Long> streets = new HashSet<>(jdbc.sql("select id from organization.street where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .list());
        Map<Long, BodyKind> bodies = new HashMap<>();
        jdbc.sql("select id, kind from organization.body where congress_id = ?")
                .param(TenantContext.orNone())
                .query((rs, n) -> bodies.put(rs.getLong(1), BodyKind.valueOf(rs.getString(2))))
                .list();
        Set<Long> units = new HashSet<>(jdbc.sql("select id from organization.unit where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .list());
        Set<Long> groups = new HashSet<>(jdbc.sql("select id from organization.deputy_group where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .list());
        return new Snapshot(streets, bodies, units, groups);
    }

    record Snapshot(Set<Long> streets, Map<Long, BodyKind> bodies, Set<Long> units, Set<Long> groups) {

        boolean street(Long id) {
            return id == null || streets.contains(id);
        }

        boolean unit(Long id) {
            return id == null || units.contains(id);
        }

        boolean group(Long id) {
            return id == null || groups.contains(id);
        }
    }
}
