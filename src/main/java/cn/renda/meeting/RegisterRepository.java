package cn.renda.meeting;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the resolutions and decisions register and the appointments and removals register. */
@Repository
class RegisterRepository {

    private static final String RESOLUTION =
            """
            select r.id, r.number, r.title, r.meeting_id, m.title as meeting_title, r.item_id, r.adopted_on, r.text,
                   r.status, r.follow_up
            from meeting.resolution r join meeting.meeting m on m.congress_id = r.congress_id and m.id = r.meeting_id
            """;

    private static final String APPOINTMENT =
            """
            select a.id, a.person_id, a.person_name, a.position, a.unit_id, a.action, a.meeting_id,
                   m.title as meeting_title, a.vote_result, a.effective_on
            from meeting.appointment a join meeting.meeting m on m.congress_id = a.congress_id and m.id = a.meeting_id
            """;

    private static final String APPOINTMENT_WHERE =
            """
            where a.congress_id = :congress and (cast(:action as text) is null or a.action = :action)
              and (cast(:year as int) is null or extract(year from a.effective_on) = :year)
              and (cast(:meeting as bigint) is null or a.meeting_id = :meeting)
            """;

    private static final Map<String, String> RESOLUTION_SORT = Map.of("date", "r.adopted_on", "number", "r.number");
    private static final Map<String, String> APPOINTMENT_SORT =
            Map.of("date", "a.effective_on", "name", "a.person_name", "action", "a.action, a.effective_on desc");

    private final JdbcClient jdbc;

    RegisterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- resolutions

    List<ResolutionView> resolutions(Integer year, PageRequest p) {
        return jdbc.sql(RESOLUTION
                        + "where r.congress_id = :congress and (cast(:year as int) is null"
                        + " or extract(year from r.adopted_on) = :year) order by "
                        + p.orderBy(RESOLUTION_SORT, "r.adopted_on desc") + ", r.id desc limit :limit offset :offset")
                .param("congress", TenantContext.orNone())
                .param("year", year)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(RegisterRepository::resolution)
                .list();
    }

    long countResolutions(Integer year) {
        return jdbc.sql(
                        "select count(*) from meeting.resolution r where r.congress_id = :congress and (cast(:year as int) is null or extract(year from r.adopted_on) = :year)")
                .param("congress", TenantContext.orNone())
                .param("year", year)
                .query(Long.class)
                .single();
    }

    Optional<ResolutionView> resolution(long id) {
        return jdbc.sql(RESOLUTION + "where r.congress_id = ? and r.id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(RegisterRepository::resolution)
                .optional();
    }

    Optional<ResolutionView> resolutionOfItem(long itemId) {
        return jdbc.sql(RESOLUTION + "where r.congress_id = ? and r.item_id = ?")
                .param(TenantContext.orNone())
                .param(itemId)
                .query(RegisterRepository::resolution)
                .optional();
    }

    List<ResolutionView> resolutionsOfMeeting(long meetingId) {
        return jdbc.sql(RESOLUTION + "where r.congress_id = ? and r.meeting_id = ? order by r.id")
                .param(TenantContext.orNone())
                .param(meetingId)
                .query(RegisterRepository::resolution)
                .list();
    }

    boolean numberTaken(String number) {
        return jdbc.sql("select exists(select 1 from meeting.resolution where congress_id = ? and number = ?)")
                .param(TenantContext.orNone())
                .param(number)
                .query(Boolean.class)
                .single();
    }

    int resolutionsInYear(int year) {
        return jdbc.sql(
                        "select count(*) from meeting.resolution where congress_id = ? and extract(year from adopted_on) = ?")
                .param(TenantContext.orNone())
                .param(year)
                .query(Integer.class)
                .single();
    }

    long insertResolution(
            String number,
            String title,
            long meetingId,
            Long itemId,
            LocalDate adoptedOn,
            String text,
            String followUp) {
        return jdbc.sql(
                        """
                        insert into meeting.resolution (number, title, meeting_id, item_id, adopted_on, text, follow_up)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(number, title, meetingId, itemId, adoptedOn, text, followUp)
                .query(Long.class)
                .single();
    }

    void updateResolution(long id, ResolutionStatus status, String followUp) {
        jdbc.sql("update meeting.resolution set status = ?, follow_up = ? where congress_id = ? and id = ?")
                .params(status.name(), followUp, TenantContext.orNone(), id)
                .update();
    }

    // --- appointments

    List<AppointmentView> appointments(AppointmentFilter f, PageRequest p) {
        return appointmentFilter(
                        APPOINTMENT + APPOINTMENT_WHERE + "order by "
                                + p.orderBy(APPOINTMENT_SORT, "a.effective_on desc")
                                + ", a.id desc limit :limit offset :offset",
                        f)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(RegisterRepository::appointment)
                .list();
    }

    long countAppointments(AppointmentFilter f) {
        return appointmentFilter("select count(*) from meeting.appointment a " + APPOINTMENT_WHERE, f)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec appointmentFilter(String sql, AppointmentFilter f) {
        return jdbc.sql(sql)
                .param("congress", TenantContext.orNone())
                .param("action", f.action() == null ? null : f.action().name())
                .param("year", f.year())
                .param("meeting", f.meetingId());
    }

    Optional<AppointmentView> appointment(long id) {
        return jdbc.sql(APPOINTMENT + "where a.congress_id = ? and a.id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(RegisterRepository::appointment)
                .optional();
    }

    long insertAppointment(
            Long personId,
            String personName,
            String position,
            Long unitId,
            AppointmentAction action,
            long meetingId,
            Long itemId,
            String voteResult,
            LocalDate effectiveOn) {
        return jdbc.sql(
                        """
                        insert into meeting.appointment (person_id, person_name, position, unit_id, action, meeting_id,
                                                         item_id, vote_result, effective_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        personId,
                        personName,
                        position,
                        unitId,
                        action.name(),
                        meetingId,
                        itemId,
                        voteResult,
                        effectiveOn)
                .query(Long.class)
                .single();
    }

    private static ResolutionView resolution(ResultSet rs, int n) throws SQLException {
        return new ResolutionView(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("title"),
                rs.getLong("meeting_id"),
                rs.getString("meeting_title"),
                (Long) rs.getObject("item_id"),
                rs.getObject("adopted_on", LocalDate.class),
                rs.getString("text"),
                ResolutionStatus.valueOf(rs.getString("status")),
                rs.getString("follow_up"));
    }

    private static AppointmentView appointment(ResultSet rs, int n) throws SQLException {
        return new AppointmentView(
                rs.getLong("id"),
                (Long) rs.getObject("person_id"),
                rs.getString("person_name"),
                rs.getString("position"),
                (Long) rs.getObject("unit_id"),
                null, // the unit's name comes from the organization module (RegisterFacade)
                AppointmentAction.valueOf(rs.getString("action")),
                rs.getLong("meeting_id"),
                rs.getString("meeting_title"),
                rs.getString("vote_result"),
                rs.getObject("effective_on", LocalDate.class));
    }
}
