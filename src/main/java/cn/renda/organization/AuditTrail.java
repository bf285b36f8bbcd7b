package cn.renda.organization;

import cn.renda.core.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Writes registry changes to core.audit_log (who, what, which object); never personal data. */
@Component
class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String action, String objectType, Object objectId, String detail) {
        jdbc.sql(
                        """
                insert into core.audit_log (congress_id, actor, action, object_type, object_id, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        TenantContext.orNone(),
                        actor(),
                        action,
                        objectType,
                        objectId == null ? null : String.valueOf(objectId),
                        detail)
                .update();
    }

    /** The signed-in user's name; loaders and jobs run without one and act as "system". */
    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
