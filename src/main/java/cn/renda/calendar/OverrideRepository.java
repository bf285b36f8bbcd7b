package cn.renda.calendar;

import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the bound congress's day overrides and their change counter (row-level security scopes both). */
@Repository
class OverrideRepository {

    private static final String COLUMNS = "date, workday, name, created_by, created_at";

    private final JdbcClient jdbc;

    OverrideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The congress's change counter; 0 before its first override. */
    long version() {
        return jdbc.sql("select coalesce(max(version), 0) from calendar.override_version where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .single();
    }

    /** Records a change: a fresh sequence value, which no other change (not even a rolled-back one) has. */
    void bumpVersion(long congressId) {
        jdbc.sql(
                        """
                insert into calendar.override_version (congress_id, version)
                values (?, nextval('calendar.override_change_seq'))
                on conflict (congress_id) do update set version = excluded.version""")
                .param(congressId)
                .update();
    }

    /** Every override of the congress, for the in-memory calendar. */
    List<DayOverride> all() {
        return jdbc.sql("select " + COLUMNS + " from calendar.day_override where congress_id = ? order by date")
                .param(TenantContext.orNone())
                .query(OverrideRepository::map)
                .list();
    }

    List<DayOverride> page(String orderBy, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from calendar.day_override where congress_id = ? order by " + orderBy
                        + " limit ? offset ?")
                .params(TenantContext.orNone(), limit, offset)
                .query(OverrideRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from calendar.day_override where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .single();
    }

    Optional<DayOverride> find(LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from calendar.day_override where congress_id = ? and date = ?")
                .param(TenantContext.orNone())
                .param(date)
                .query(OverrideRepository::map)
                .optional();
    }

    /** Inserts the override; false when the date already has one. */
    boolean insert(long congressId, LocalDate date, boolean workday, String name, String createdBy) {
        return jdbc.sql(
                                """
                insert into calendar.day_override (congress_id, date, workday, name, created_by)
                values (?, ?, ?, ?, ?)
                on conflict (congress_id, date) do nothing""")
                        .params(congressId, date, workday, name, createdBy)
                        .update()
                == 1;
    }

    int delete(LocalDate date) {
        return jdbc.sql("delete from calendar.day_override where congress_id = ? and date = ?")
                .param(TenantContext.orNone())
                .param(date)
                .update();
    }

    private static DayOverride map(ResultSet rs, int row) throws SQLException {
        return new DayOverride(
                rs.getObject("date", LocalDate.class),
                rs.getBoolean("workday"),
                rs.getString("name"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
