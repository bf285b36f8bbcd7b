package cn.renda.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Congresses: provisioning (outside any tenant), lookup and the list of active tenants for jobs. */
@Service
public class CongressFacade {

    private final JdbcClient jdbc;

    CongressFacade(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the congress, or returns the existing one with this code. */
    @Transactional
    public long provision(String code, String name, String shortName, CongressLevel level, Long parentId, int term) {
        return jdbc.sql("select organization.provision_congress(?, ?, ?, ?, ?, ?)")
                .params(code, name, shortName, level.name(), parentId, term)
                .query(Long.class)
                .single();
    }

    /** The id of the congress with this code, if provisioned. */
    @Transactional(readOnly = true)
    public Optional<Long> idByCode(String code) {
        return jdbc.sql("select organization.congress_id_by_code(?)")
                .param(code)
                .query(Long.class)
                .optional()
                .filter(id -> id != null);
    }

    /** Ids of all active congresses, for jobs that visit each tenant in turn. */
    @Transactional(readOnly = true)
    public List<Long> activeIds() {
        return jdbc.sql("select * from organization.active_congress_ids()")
                .query(Long.class)
                .list();
    }

    /** The congress bound to the current transaction. */
    @Transactional(readOnly = true)
    public CongressView current() {
        // the congress named as a value: row-level security alone would leave the statement a scan of every congress
        return jdbc.sql(
                        "select id, code, name, short_name, level, parent_id, term from organization.congress where id = ?")
                .param(cn.renda.core.TenantContext.orNone())
                .query((rs, n) -> new CongressView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        CongressLevel.valueOf(rs.getString(5)),
                        (Long) rs.getObject(6),
                        rs.getInt(7)))
                .single();
    }
}
