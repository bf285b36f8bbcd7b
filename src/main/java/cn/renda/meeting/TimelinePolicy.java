package cn.renda.meeting;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 监督法 第十五条 periods of the bound congress: how many days before the meeting a special work report
 * reaches the committee, the revised report the standing committee, and the members (20 / 10 / 7 by
 * default, overridable per congress; each later step no earlier than the one before).
 */
@Service
@Transactional(readOnly = true)
public class TimelinePolicy {

    private final JdbcClient jdbc;

    TimelinePolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Days before the meeting per step, the congress's or the legal default. */
    public Map<ReportTimeline.Step, Integer> days() {
        Map<ReportTimeline.Step, Integer> out = new EnumMap<>(ReportTimeline.Step.class);
        for (ReportTimeline.Step s : ReportTimeline.Step.values()) {
            out.put(s, s.daysBefore());
        }
        jdbc.sql("select step, days_before from meeting.timeline_policy where congress_id = ?")
                .param(TenantContext.orNone())
                .query(rs -> {
                    out.put(ReportTimeline.Step.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return out;
    }

    /** Which steps the congress has set itself. */
    public Map<ReportTimeline.Step, Boolean> custom() {
        Map<ReportTimeline.Step, Boolean> out = new EnumMap<>(ReportTimeline.Step.class);
        for (ReportTimeline.Step s : ReportTimeline.Step.values()) {
            out.put(s, false);
        }
        jdbc.sql("select step from meeting.timeline_policy where congress_id = ?")
                .param(TenantContext.orNone())
                .query(String.class)
                .list()
                .forEach(s -> out.put(ReportTimeline.Step.valueOf(s), true));
        return out;
    }

    /** Sets one step's days (STAFF or ADMIN): 1–90, and the steps stay in order (committee ≥ revised ≥ members). */
    @Transactional
    public Map<ReportTimeline.Step, Integer> set(ReportTimeline.Step step, int daysBefore) {
        if (!CurrentUser.require().hasAny(Role.STAFF, Role.ADMIN)) {
            throw new AccessDeniedException("timeline policy");
        }
        if (step == null) {
            throw new InvalidInputException("step", "meeting.timelinePolicy.error.step");
        }
        if (daysBefore < 1 || daysBefore > 90) {
            throw new InvalidInputException("daysBefore", "meeting.timelinePolicy.error.days");
        }
        Map<ReportTimeline.Step, Integer> next = days();
        next.put(step, daysBefore);
        if (next.get(ReportTimeline.Step.TO_COMMITTEE) < next.get(ReportTimeline.Step.REVISED_TO_SC)
                || next.get(ReportTimeline.Step.REVISED_TO_SC) < next.get(ReportTimeline.Step.TO_MEMBERS)) {
            throw new ConflictException("meeting.timelinePolicy.error.order", "steps out of order");
        }
        jdbc.sql(
                        """
                        insert into meeting.timeline_policy (step, days_before, updated_at) values (?, ?, ?)
                        on conflict (congress_id, step) do update set days_before = excluded.days_before,
                          updated_at = excluded.updated_at
                        """)
                // the time as a value: Citus accepts no now() in DO UPDATE SET
                .params(step.name(), daysBefore, java.time.OffsetDateTime.now())
                .update();
        return days();
    }
}
