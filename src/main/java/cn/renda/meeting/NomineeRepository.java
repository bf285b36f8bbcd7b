package cn.renda.meeting;

import cn.renda.core.InsertValues;
import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the nominees of APPOINTMENT items (meeting.nominee). */
@Repository
class NomineeRepository {

    private static final String SELECT =
            """
            select id, item_id, position, person_id, person_name, office, unit_id, action, members_total, votes_for,
                   votes_against, votes_abstain, votes_not_voting, passed, voted_at, appointment_id, oath_on, oath_note,
                   vote_by_member
            from meeting.nominee
            """;

    private final JdbcClient jdbc;

    NomineeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long itemId, Long personId, String name, String office, Long unitId, AppointmentAction action) {
        // The position is read first: Citus accepts no subquery inside INSERT … VALUES.
        int position = jdbc.sql(
                        "select coalesce(max(position), 0) + 1 from meeting.nominee where congress_id = ? and item_id = ?")
                .params(TenantContext.orNone(), itemId)
                .query(Integer.class)
                .single();
        return jdbc.sql(
                        """
                        insert into meeting.nominee (item_id, position, person_id, person_name, office, unit_id, action)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(itemId, position, personId, name, office, unitId, action.name())
                .query(Long.class)
                .single();
    }

    List<NomineeView> ofItem(long itemId, LongFunction<String> unitName) {
        return jdbc.sql(SELECT + " where congress_id = ? and item_id = ? order by position")
                .param(TenantContext.orNone())
                .params(itemId)
                .query((rs, n) -> view(rs, unitName))
                .list();
    }

    Optional<NomineeView> find(long itemId, long id, LongFunction<String> unitName) {
        return jdbc.sql(SELECT + " where congress_id = ? and item_id = ? and id = ?")
                .param(TenantContext.orNone())
                .params(itemId, id)
                .query((rs, n) -> view(rs, unitName))
                .optional();
    }

    boolean vote(long id, VoteResult v) {
        return jdbc.sql(
                                """
                                update meeting.nominee set members_total = ?, votes_for = ?, votes_against = ?,
                                  votes_abstain = ?, votes_not_voting = ?, passed = ?, voted_at = ?, vote_by_member = ?
                                where congress_id = ? and id = ? and passed is null
                                """)
                        .params(
                                v.membersTotal(),
                                v.votesFor(),
                                v.votesAgainst(),
                                v.votesAbstain(),
                                v.votesNotVoting(),
                                v.passed(),
                                v.votedAt(),
                                v.byMember(),
                                TenantContext.orNone(),
                                id)
                        .update()
                == 1;
    }

    /** Each member's choice on a nominee, in one multi-row insert. */
    void insertBallots(long nomineeId, Map<Long, VoteChoice> ballots) {
        if (ballots.isEmpty()) {
            return;
        }
        InsertValues.insert(
                jdbc,
                "insert into meeting.nominee_ballot (nominee_id, person_id, choice)",
                "",
                List.copyOf(ballots.entrySet()),
                e -> new Object[] {nomineeId, e.getKey(), e.getValue().name()});
    }

    /** Person id → choice on a nominee voted by member (empty for tallies). */
    Map<Long, VoteChoice> ballots(long nomineeId) {
        Map<Long, VoteChoice> out = new LinkedHashMap<>();
        jdbc.sql(
                        "select person_id, choice from meeting.nominee_ballot where congress_id = ? and nominee_id = ? order by id")
                .params(TenantContext.orNone(), nomineeId)
                .query(rs -> {
                    out.put(rs.getLong(1), VoteChoice.valueOf(rs.getString(2)));
                });
        return out;
    }

    void registered(long id, long appointmentId) {
        jdbc.sql("update meeting.nominee set appointment_id = ? where congress_id = ? and id = ?")
                .params(appointmentId, TenantContext.orNone(), id)
                .update();
    }

    boolean oath(long id, LocalDate on, String note) {
        return jdbc.sql(
                                "update meeting.nominee set oath_on = ?, oath_note = ? where congress_id = ? and id = ? and oath_on is null")
                        .params(on, note, TenantContext.orNone(), id)
                        .update()
                == 1;
    }

    private static NomineeView view(ResultSet rs, LongFunction<String> unitName) throws SQLException {
        Long unit = rs.getObject("unit_id", Long.class);
        return new NomineeView(
                rs.getLong("id"),
                rs.getLong("item_id"),
                rs.getInt("position"),
                rs.getObject("person_id", Long.class),
                rs.getString("person_name"),
                rs.getString("office"),
                unit,
                unit == null ? null : unitName.apply(unit),
                AppointmentAction.valueOf(rs.getString("action")),
                rs.getObject("members_total", Integer.class),
                rs.getObject("votes_for", Integer.class),
                rs.getObject("votes_against", Integer.class),
                rs.getObject("votes_abstain", Integer.class),
                rs.getObject("votes_not_voting", Integer.class),
                rs.getObject("passed", Boolean.class),
                rs.getObject("voted_at", OffsetDateTime.class),
                rs.getObject("appointment_id", Long.class),
                rs.getObject("oath_on", LocalDate.class),
                rs.getString("oath_note"),
                Boolean.TRUE.equals(rs.getObject("vote_by_member", Boolean.class)));
    }
}
