package cn.renda.meeting;

import cn.renda.core.TenantContext;
import cn.renda.core.WaitingWork;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.PersonRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting work waiting for someone. Staff: meetings to notify, attendance and votes to record, minutes to
 * approve, special work reports whose 第十五条 deliveries are due or late. SC members: draft resolutions
 * and other documents of coming meetings they sit in (SC and joint meetings, or recorded at; the meetings whose
 * drafts {@link DraftResolutionAccess} lets them read) not yet opened, and the meetings they are called to. Each
 * item links to the next action: the meeting (or report) to work on first, or the filtered list.
 */
@Component
class MeetingWaiting implements WaitingWork {

    /** Days ahead within which a notified meeting counts as one to attend. */
    static final int ATTEND_DAYS = 14;

    private static final String NAV = "/meetings";

    private final JdbcClient jdbc;
    private final TimelinePolicy policy;
    private final PersonRegistry people;
    private final Clock clock;

    MeetingWaiting(JdbcClient jdbc, TimelinePolicy policy, PersonRegistry people, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> waiting() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null || TenantContext.current().isEmpty()) {
            return List.of();
        }
        long congress = TenantContext.require();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Item> items = new ArrayList<>();
        if (user.hasAny(Role.STAFF)) {
            staff(congress, now, items);
        }
        if (user.personId() != null && people.scMembers().stream().anyMatch(m -> m.personId() == user.personId())) {
            member(congress, user.personId(), now, items);
        }
        return items;
    }

    private void staff(long congress, OffsetDateTime now, List<Item> items) {
        // Planned meetings from today on still need their notice.
        Count notify = count(
                """
                select count(*), min(m.id) from meeting.meeting m
                where m.congress_id = :congress and m.status = 'PLANNED' and m.starts_at >= :today
                """,
                congress,
                now,
                Map.of());
        add(items, "meeting.waiting.toNotify", notify, "/meetings?status=PLANNED");
        // SC meetings that have begun without any attendance recorded (quorum and votes depend on it).
        Count attendance = count(
                """
                select count(*), min(m.id) from meeting.meeting m
                where m.congress_id = :congress and m.kind = 'SC_MEETING' and m.status in ('NOTIFIED','HELD')
                  and m.starts_at <= :now
                  and not exists (select 1 from meeting.attendance a
                                  where a.congress_id = m.congress_id and a.meeting_id = m.id)
                """,
                congress,
                now,
                Map.of());
        add(items, "meeting.waiting.attendance", attendance, null);
        // Resolutions and appointments of held SC meetings without a recorded vote.
        Count votes = count(
                """
                select count(*), min(m.id) from meeting.agenda_item i
                join meeting.meeting m on m.congress_id = i.congress_id and m.id = i.meeting_id
                where i.congress_id = :congress and i.type in ('RESOLUTION','APPOINTMENT') and i.voted_at is null
                  and m.kind = 'SC_MEETING' and m.status = 'HELD'
                """,
                congress,
                now,
                Map.of());
        add(items, "meeting.waiting.votes", votes, null);
        Count minutes = count(
                """
                select count(*), min(m.id) from meeting.meeting m
                where m.congress_id = :congress and m.status = 'HELD'
                """,
                congress,
                now,
                Map.of());
        add(items, "meeting.waiting.minutes", minutes, "/meetings?status=HELD");
        // Special work reports of coming meetings with a delivery due within the yellow days, or late.
        Map<ReportTimeline.Step, Integer> days = policy.days();
        Count reports = count(
                """
                select count(*), min(i.meeting_id) from meeting.agenda_item i
                join meeting.meeting m on m.congress_id = i.congress_id and m.id = i.meeting_id
                where i.congress_id = :congress and i.type = 'SPECIAL_WORK_REPORT'
                  and m.status in ('PLANNED','NOTIFIED') and m.starts_at >= :today
                  and ((i.report_to_committee is null
                        and (m.starts_at at time zone 'Asia/Shanghai')::date - :committee - :yellow <= :day)
                    or (i.revised_to_sc is null
                        and (m.starts_at at time zone 'Asia/Shanghai')::date - :revised - :yellow <= :day)
                    or (i.sent_to_members is null
                        and (m.starts_at at time zone 'Asia/Shanghai')::date - :members - :yellow <= :day))
                """,
                congress,
                now,
                Map.of(
                        "committee", days.get(ReportTimeline.Step.TO_COMMITTEE),
                        "revised", days.get(ReportTimeline.Step.REVISED_TO_SC),
                        "members", days.get(ReportTimeline.Step.TO_MEMBERS),
                        "yellow", ReportTimeline.YELLOW_DAYS));
        add(items, "meeting.waiting.reports", reports, null);
    }

    // Under OR an EXISTS is no semi-join: its congress is a value, or Citus sends it to every shard.
    private void member(long congress, long person, OffsetDateTime now, List<Item> items) {
        String unread =
                """
                select count(*), min(d.meeting_id) from meeting.document d
                join meeting.meeting m on m.congress_id = d.congress_id and m.id = d.meeting_id
                where d.congress_id = :congress and m.status = 'NOTIFIED' and m.starts_at >= :today
                  and d.kind %s 'DRAFT_RESOLUTION'
                  and (m.kind in ('SC_MEETING','JOINT_MEETING')
                       or exists (select 1 from meeting.attendance a
                                  where a.congress_id = :congress and a.meeting_id = m.id
                                    and a.person_id = :person))
                  and not exists (select 1 from meeting.document_read r
                                  where r.congress_id = d.congress_id and r.document_id = d.id
                                    and r.person_id = :person)
                """;
        add(
                items,
                "meeting.waiting.draftsToReview",
                count(unread.formatted("="), congress, now, Map.of("person", person)),
                null,
                "#documents");
        add(
                items,
                "meeting.waiting.documentsToRead",
                count(unread.formatted("<>"), congress, now, Map.of("person", person)),
                null,
                "#documents");
        Count attend = count(
                """
                select count(*), min(m.id) from meeting.meeting m
                where m.congress_id = :congress and m.status = 'NOTIFIED'
                  and m.starts_at >= :today and m.starts_at < :until
                  and (m.kind in ('SC_MEETING','JOINT_MEETING')
                       or exists (select 1 from meeting.attendance a
                                  where a.congress_id = :congress and a.meeting_id = m.id
                                    and a.person_id = :person))
                """,
                congress,
                now,
                Map.of("person", person, "until", now.plusDays(ATTEND_DAYS)));
        add(items, "meeting.waiting.toAttend", attend, null);
    }

    /** How many, and the meeting to open first (the lowest id: the oldest one waiting). */
    private record Count(long count, Long firstMeeting) {}

    private Count count(String sql, long congress, OffsetDateTime now, Map<String, Object> params) {
        LocalDate day = now.atZoneSameInstant(MeetingRepository.ZONE).toLocalDate();
        var spec = jdbc.sql(sql).param("congress", congress).params(params);
        if (sql.contains(":now")) {
            spec = spec.param("now", now);
        }
        if (sql.contains(":today")) {
            spec = spec.param("today", day.atStartOfDay(MeetingRepository.ZONE).toOffsetDateTime());
        }
        if (sql.contains(":day")) {
            spec = spec.param("day", day);
        }
        return spec.query((rs, n) -> new Count(rs.getLong(1), (Long) rs.getObject(2, Long.class)))
                .single();
    }

    /**
     * Adds the item; it links to {@code list} when given and more than one thing waits, else to the first
     * meeting concerned.
     */
    private static void add(List<Item> items, String key, Count count, String list) {
        add(items, key, count, list, "");
    }

    /** As {@link #add(List, String, Count, String)}, the meeting page opened at {@code anchor}. */
    private static void add(List<Item> items, String key, Count count, String list, String anchor) {
        String path = count.firstMeeting() == null || (list != null && count.count() > 1)
                ? (list == null ? NAV : list)
                : "/meetings/" + count.firstMeeting() + anchor;
        items.add(new Item(key, count.count(), path, NAV));
    }
}
