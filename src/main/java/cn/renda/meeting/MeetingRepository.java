package cn.renda.meeting;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for meetings, agenda items, attendance, observers, votes and the follow-up of items. */
@Repository
class MeetingRepository {

    /** Meetings happen in China: times are entered, shown and exported in this zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String SELECT =
            """
            select m.id, m.kind, m.term, m.number, m.title, m.starts_at, m.ends_at, m.place, m.convener, m.status,
                   (select count(*) from meeting.agenda_item i where i.congress_id = :congress and i.meeting_id = m.id) as items
            from meeting.meeting m
            """;

    private static final String WHERE =
            """
            where m.congress_id = :congress and (cast(:kind as text) is null or m.kind = :kind)
              and (cast(:status as text) is null or m.status = :status)
              and (cast(:year as int) is null or extract(year from m.starts_at at time zone 'Asia/Shanghai') = :year)
            """;

    private static final Map<String, String> SORT =
            Map.of("date", "m.starts_at", "kind", "m.kind, m.starts_at desc", "status", "m.status, m.starts_at desc");

    private static final String ITEM =
            """
            select i.*, m.starts_at as meeting_starts_at
            from meeting.agenda_item i
              join meeting.meeting m on m.congress_id = i.congress_id and m.id = i.meeting_id
            """;

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- meetings

    List<MeetingView> page(MeetingFilter f, PageRequest p) {
        return filtered(
                        SELECT + WHERE + "order by " + p.orderBy(SORT, "m.starts_at desc")
                                + ", m.id desc limit :limit offset :offset",
                        f)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(MeetingRepository::meeting)
                .list();
    }

    long count(MeetingFilter f) {
        return filtered("select count(*) from meeting.meeting m " + WHERE, f)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, MeetingFilter f) {
        return jdbc.sql(sql)
                .param("congress", TenantContext.orNone())
                .param("kind", f.kind() == null ? null : f.kind().name())
                .param("status", f.status() == null ? null : f.status().name())
                .param("year", f.year());
    }

    Optional<MeetingView> find(long id) {
        // the items' congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(SELECT + "where m.congress_id = :congress and m.id = :id")
                .param("congress", TenantContext.orNone())
                .param("id", id)
                .query(MeetingRepository::meeting)
                .optional();
    }

    /** Meetings starting at or after {@code from}, earliest first (the calendar feed). */
    List<MeetingView> from(OffsetDateTime from, int limit) {
        return jdbc.sql(SELECT
                        + "where m.congress_id = :congress and m.starts_at >= :from order by m.starts_at limit :limit")
                .param("congress", TenantContext.orNone())
                .param("from", from)
                .param("limit", limit)
                .query(MeetingRepository::meeting)
                .list();
    }

    int nextNumber(MeetingKind kind, int term) {
        return jdbc.sql(
                        "select coalesce(max(number), 0) + 1 from meeting.meeting where congress_id = ? and kind = ? and term = ?")
                .param(TenantContext.orNone())
                .params(kind.name(), term)
                .query(Integer.class)
                .single();
    }

    boolean numberTaken(MeetingKind kind, int term, int number, Long except) {
        return jdbc.sql(
                        """
                        select exists(select 1 from meeting.meeting
                                      where congress_id = :congress and kind = :kind and term = :term and number = :number
                                        and (cast(:except as bigint) is null or id <> :except))
                        """)
                .param("congress", TenantContext.orNone())
                .param("kind", kind.name())
                .param("term", term)
                .param("number", number)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    long insert(MeetingKind kind, int term, Integer number, String title, MeetingCommand c) {
        return jdbc.sql(
                        """
                        insert into meeting.meeting (kind, term, number, title, starts_at, ends_at, place, convener)
                        values (:kind, :term, :number, :title, :startsAt, :endsAt, :place, :convener) returning id
                        """)
                .param("kind", kind.name())
                .param("term", term)
                .param("number", number)
                .param("title", title)
                .param("startsAt", at(c.startsAt()))
                .param("endsAt", at(c.endsAt()))
                .param("place", c.place())
                .param("convener", c.convener())
                .query(Long.class)
                .single();
    }

    void update(long id, Integer number, String title, MeetingCommand c) {
        jdbc.sql(
                        """
                        update meeting.meeting set number = :number, title = :title, starts_at = :startsAt,
                               ends_at = :endsAt, place = :place, convener = :convener where congress_id = :congress and id = :id
                        """)
                .param("congress", TenantContext.orNone())
                .param("number", number)
                .param("title", title)
                .param("startsAt", at(c.startsAt()))
                .param("endsAt", at(c.endsAt()))
                .param("place", c.place())
                .param("convener", c.convener())
                .param("id", id)
                .update();
    }

    /** Moves the status only from the expected one; false when another request moved it first. */
    boolean setStatus(long id, MeetingStatus from, MeetingStatus to) {
        return jdbc.sql("update meeting.meeting set status = ? where congress_id = ? and id = ? and status = ?")
                        .params(to.name(), TenantContext.orNone(), id, from.name())
                        .update()
                == 1;
    }

    // --- agenda items

    List<AgendaItemRow> items(long meetingId) {
        return jdbc.sql(ITEM + "where i.congress_id = ? and i.meeting_id = ? order by i.position")
                .param(TenantContext.orNone())
                .param(meetingId)
                .query(MeetingRepository::item)
                .list();
    }

    Optional<AgendaItemRow> item(long itemId) {
        return jdbc.sql(ITEM + "where i.congress_id = ? and i.id = ?")
                .param(TenantContext.orNone())
                .param(itemId)
                .query(MeetingRepository::item)
                .optional();
    }

    long insertItem(long meetingId, AgendaItemCommand c) {
        // The position is read first: Citus accepts no subquery inside INSERT … VALUES. Two concurrent
        // additions to one meeting still cannot share a position: unique (congress_id, meeting_id, position).
        int position = jdbc.sql(
                        "select coalesce(max(position), 0) + 1 from meeting.agenda_item where congress_id = ? and meeting_id = ?")
                .param(TenantContext.orNone())
                .param(meetingId)
                .query(Integer.class)
                .single();
        return jdbc.sql(
                        """
                        insert into meeting.agenda_item (meeting_id, position, type, title, reporting_unit_id, committee_id)
                        values (:meeting, :position, :type, :title, :unit, :committee)
                        returning id
                        """)
                .param("meeting", meetingId)
                .param("position", position)
                .param("type", c.type().name())
                .param("title", c.title().strip())
                .param("unit", c.reportingUnitId())
                .param("committee", c.committeeId())
                .query(Long.class)
                .single();
    }

    void setTimeline(long itemId, LocalDate toCommittee, LocalDate revisedToSc, LocalDate toMembers) {
        jdbc.sql(
                        """
                        update meeting.agenda_item set report_to_committee = ?, revised_to_sc = ?, sent_to_members = ?
                        where congress_id = ? and id = ?
                        """)
                .params(toCommittee, revisedToSc, toMembers, TenantContext.orNone(), itemId)
                .update();
    }

    /** Stores the result once; false when the item was voted already. */
    boolean setVote(long itemId, VoteResult v) {
        return jdbc.sql(
                                """
                        update meeting.agenda_item set voted_at = :at, vote_by_member = :byMember, members_total = :members,
                               votes_for = :for, votes_against = :against, votes_abstain = :abstain,
                               votes_not_voting = :notVoting, passed = :passed
                        where congress_id = :congress and id = :id and voted_at is null
                        """)
                        .param("congress", TenantContext.orNone())
                        .param("at", v.votedAt())
                        .param("byMember", v.byMember())
                        .param("members", v.membersTotal())
                        .param("for", v.votesFor())
                        .param("against", v.votesAgainst())
                        .param("abstain", v.votesAbstain())
                        .param("notVoting", v.votesNotVoting())
                        .param("passed", v.passed())
                        .param("id", itemId)
                        .update()
                == 1;
    }

    void insertVote(long itemId, long personId, VoteChoice choice) {
        jdbc.sql("insert into meeting.vote (item_id, person_id, choice) values (?, ?, ?)")
                .params(itemId, personId, choice.name())
                .update();
    }

    Map<Long, VoteChoice> votes(long itemId) {
        Map<Long, VoteChoice> votes = new java.util.LinkedHashMap<>();
        jdbc.sql("select person_id, choice from meeting.vote where congress_id = ? and item_id = ?")
                .param(TenantContext.orNone())
                .param(itemId)
                .query((rs, n) -> votes.put(rs.getLong(1), VoteChoice.valueOf(rs.getString(2))))
                .list();
        return votes;
    }

    // --- attendance and observers

    Map<Long, AttendanceStatus> attendance(long meetingId) {
        Map<Long, AttendanceStatus> rows = new java.util.HashMap<>();
        jdbc.sql("select person_id, status from meeting.attendance where congress_id = ? and meeting_id = ?")
                .param(TenantContext.orNone())
                .param(meetingId)
                .query((rs, n) -> rows.put(rs.getLong(1), AttendanceStatus.valueOf(rs.getString(2))))
                .list();
        return rows;
    }

    void setAttendance(long meetingId, long personId, AttendanceStatus status) {
        jdbc.sql(
                        """
                        insert into meeting.attendance (meeting_id, person_id, status) values (?, ?, ?)
                        on conflict (congress_id, meeting_id, person_id) do update set status = excluded.status
                        """)
                .params(meetingId, personId, status.name())
                .update();
    }

    List<ObserverView> observers(long meetingId) {
        return jdbc.sql(
                        "select id, kind, name, organization from meeting.observer where congress_id = ? and meeting_id = ? order by kind, id")
                .param(TenantContext.orNone())
                .param(meetingId)
                .query((rs, n) -> new ObserverView(
                        rs.getLong("id"),
                        ObserverKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("organization")))
                .list();
    }

    long insertObserver(long meetingId, ObserverCommand c) {
        return jdbc.sql(
                        "insert into meeting.observer (meeting_id, kind, name, organization) values (?, ?, ?, ?) returning id")
                .params(meetingId, c.kind().name(), c.name().strip(), c.organization())
                .query(Long.class)
                .single();
    }

    /** Meetings a person attends or attended (attendance recorded), for the calendar feed. */
    List<Long> meetingsOf(long personId) {
        return jdbc.sql("select meeting_id from meeting.attendance where congress_id = ? and person_id = ?")
                .param(TenantContext.orNone())
                .param(personId)
                .query(Long.class)
                .list();
    }

    // --- follow-up of an item

    List<ResearchNoteView> research(long itemId) {
        return jdbc.sql(
                        "select id, kind, noted_on, content from meeting.research_note where congress_id = ? and item_id = ? order by noted_on, id")
                .param(TenantContext.orNone())
                .param(itemId)
                .query((rs, n) -> new ResearchNoteView(
                        rs.getLong("id"),
                        ResearchKind.valueOf(rs.getString("kind")),
                        rs.getObject("noted_on", LocalDate.class),
                        rs.getString("content")))
                .list();
    }

    long insertResearch(long itemId, ResearchKind kind, LocalDate notedOn, String content) {
        return jdbc.sql(
                        "insert into meeting.research_note (item_id, kind, noted_on, content) values (?, ?, ?, ?) returning id")
                .params(itemId, kind.name(), notedOn, content)
                .query(Long.class)
                .single();
    }

    List<RemarkView> remarks(long itemId) {
        return jdbc.sql(
                        """
                        select id, discussion_group, person_id, speaker, content, created_at from meeting.remark
                        where congress_id = ? and item_id = ? order by discussion_group, id
                        """)
                .param(TenantContext.orNone())
                .param(itemId)
                .query((rs, n) -> new RemarkView(
                        rs.getLong("id"),
                        rs.getString("discussion_group"),
                        (Long) rs.getObject("person_id"),
                        rs.getString("speaker"),
                        rs.getString("content"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    long insertRemark(long itemId, String group, Long personId, String speaker, String content) {
        return jdbc.sql(
                        """
                        insert into meeting.remark (item_id, discussion_group, person_id, speaker, content)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(itemId, group, personId, speaker, content)
                .query(Long.class)
                .single();
    }

    List<OpinionLink> opinions(long itemId) {
        return jdbc.sql(
                        "select case_id, case_number from meeting.item_opinion where congress_id = ? and item_id = ? order by created_at")
                .param(TenantContext.orNone())
                .param(itemId)
                .query((rs, n) -> new OpinionLink(rs.getLong(1), rs.getString(2)))
                .list();
    }

    void insertOpinion(long itemId, long caseId, String number) {
        jdbc.sql("insert into meeting.item_opinion (item_id, case_id, case_number) values (?, ?, ?)")
                .params(itemId, caseId, number)
                .update();
    }

    // --- figures

    long countMeetings(MeetingKind kind, int year) {
        return jdbc.sql(
                        """
                        select count(*) from meeting.meeting
                        where congress_id = ? and kind = ? and status in ('HELD','MINUTES_APPROVED')
                          and extract(year from starts_at at time zone 'Asia/Shanghai') = ?
                        """)
                .param(TenantContext.orNone())
                .params(kind.name(), year)
                .query(Long.class)
                .single();
    }

    long countItems(AgendaItemType type, int year) {
        return jdbc.sql(
                        """
                        select count(*) from meeting.agenda_item i join meeting.meeting m on m.congress_id = i.congress_id and m.id = i.meeting_id
                        where i.congress_id = ? and i.type = ? and m.status in ('HELD','MINUTES_APPROVED')
                          and extract(year from m.starts_at at time zone 'Asia/Shanghai') = ?
                        """)
                .param(TenantContext.orNone())
                .params(type.name(), year)
                .query(Long.class)
                .single();
    }

    // --- mapping

    /** An agenda item row with the meeting's start (for the timeline). */
    record AgendaItemRow(
            long id,
            long meetingId,
            int position,
            AgendaItemType type,
            String title,
            Long reportingUnitId,
            Long committeeId,
            LocalDate reportToCommittee,
            LocalDate revisedToSc,
            LocalDate sentToMembers,
            LocalDateTime meetingStartsAt,
            VoteResult vote) {}

    static OffsetDateTime at(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toOffsetDateTime();
    }

    static LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    private static MeetingView meeting(ResultSet rs, int n) throws SQLException {
        return new MeetingView(
                rs.getLong("id"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getInt("term"),
                (Integer) rs.getObject("number"),
                rs.getString("title"),
                local(rs.getObject("starts_at", OffsetDateTime.class)),
                local(rs.getObject("ends_at", OffsetDateTime.class)),
                rs.getString("place"),
                rs.getString("convener"),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getInt("items"));
    }

    private static AgendaItemRow item(ResultSet rs, int n) throws SQLException {
        OffsetDateTime votedAt = rs.getObject("voted_at", OffsetDateTime.class);
        VoteResult vote = votedAt == null
                ? null
                : new VoteResult(
                        rs.getInt("members_total"),
                        rs.getInt("votes_for"),
                        rs.getInt("votes_against"),
                        rs.getInt("votes_abstain"),
                        rs.getInt("votes_not_voting"),
                        rs.getBoolean("passed"),
                        rs.getBoolean("vote_by_member"),
                        votedAt);
        return new AgendaItemRow(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getInt("position"),
                AgendaItemType.valueOf(rs.getString("type")),
                rs.getString("title"),
                (Long) rs.getObject("reporting_unit_id"),
                (Long) rs.getObject("committee_id"),
                rs.getObject("report_to_committee", LocalDate.class),
                rs.getObject("revised_to_sc", LocalDate.class),
                rs.getObject("sent_to_members", LocalDate.class),
                local(rs.getObject("meeting_starts_at", OffsetDateTime.class)),
                vote);
    }
}
