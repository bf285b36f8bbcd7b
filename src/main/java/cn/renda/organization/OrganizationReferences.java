package cn.renda.organization;

import cn.renda.core.References;
import cn.renda.core.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's answer to {@link References}: one indexed look-up per id under row-level security,
 * so a unit or person of another congress reads as missing.
 */
@Component
class OrganizationReferences implements References {

    private final JdbcClient jdbc;

    OrganizationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean unitExists(long unitId) {
        return jdbc.sql("select exists (select 1 from organization.unit where congress_id = ? and id = ?)")
                .param(TenantContext.orNone())
                .param(unitId)
                .query(Boolean.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean personExists(long personId) {
        return jdbc.sql("select exists (select 1 from organization.person where congress_id = ? and id = ?)")
                .param(TenantContext.orNone())
                .param(personId)
                .query(Boolean.class)
                .single();
    }
}
