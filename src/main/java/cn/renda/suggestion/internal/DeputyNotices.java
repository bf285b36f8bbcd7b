package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseBatch;
import cn.renda.handling.CaseReplied;
import cn.renda.handling.UnitAssignment;
import cn.renda.notification.Notice;
import cn.renda.notification.NoticeContent;
import cn.renda.notification.NotificationFacade;
import cn.renda.organization.UnitView;
import cn.renda.suggestion.SuggestionDraftReturned;
import cn.renda.suggestion.SuggestionState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells deputies what happens to their suggestions and motions: returned for improvement, registered (with its
 * number), assigned (to which units), answered (and that their evaluation is now due). Each notice goes to the
 * lead deputy and the co-signers with an account, in the inbox and, for the steps that ask something of them,
 * by e-mail and text message. Listeners run synchronously in the step's transaction and hand the notice to
 * {@link NotificationFacade#notifyBeforeCommit}: it is composed just before the step commits and written with the
 * step's other notices in one batch; dedupe keys keep a repeated event from notifying twice. The submission and its
 * deputies come from the step's own read of it ({@link StepSubmissions}) when there was one. The registration's
 * notice is written in the engine's numbering round trip instead ({@link #registered}).
 */
@Component
class DeputyNotices {

    private static final Set<String> KINDS = Set.of("SUGGESTION", "MOTION");

    private final NotificationFacade notifications;
    private final StepUnits units;
    private final JdbcClient jdbc;
    private final SubmissionCases caseSubmissions;
    private final StepSubmissions stepSubmissions;

    DeputyNotices(
            NotificationFacade notifications,
            StepUnits units,
            JdbcClient jdbc,
            SubmissionCases caseSubmissions,
            StepSubmissions stepSubmissions) {
        this.caseSubmissions = caseSubmissions;
        this.stepSubmissions = stepSubmissions;
        this.notifications = notifications;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** A submission as the notices need it: who to tell, how to name it, and the case state it mirrors. */
    record Submission(long id, String title, String number, String caseState, Set<Long> deputies) {}

    @EventListener
    void on(SuggestionDraftReturned e) {
        notifications.notifyBeforeCommit(() -> byId(e.submissionId())
                .map(s -> tell(
                        s,
                        "RETURNED",
                        "suggestion.notice.returned",
                        new Object[] {s.title()},
                        "returned:" + e.submissionId() + ":" + e.returnedAt().toEpochMilli(),
                        true))
                .orElse(List.of()));
    }

    /**
     * The deputies' REGISTERED notice of a submission being registered as case {@code caseId}, added to the
     * creation's {@code batch} (from {@code HandlingFacade.create}'s callback): its recipients are read now, before
     * the number is taken, and its rows are written in the round trip that names the number, so nothing of it runs
     * between the number and the commit.
     */
    void registered(SuggestionSnapshots.Snapshot snapshot, long caseId, CaseBatch batch) {
        var row = snapshot.row();
        if (snapshot.deputies().isEmpty()) {
            return;
        }
        notifications.notifyWithNewNumber(
                new Notice(
                        snapshot.deputies(),
                        new NoticeContent(
                                "REGISTERED",
                                "suggestion.notice.registered.subject",
                                "suggestion.notice.registered.body",
                                new Object[] {row.title(), CaseBatch.NUMBER},
                                "/suggestions/" + row.id(),
                                "registered:" + caseId,
                                true,
                                false)),
                batch);
    }

    @EventListener
    void on(CaseAssigned e) {
        if (!KINDS.contains(e.kind())) {
            return;
        }
        notifications.notifyBeforeCommit(() -> byCase(e.caseId())
                .map(s -> {
                    List<String> names = new ArrayList<>();
                    for (UnitAssignment a : e.assignments()) {
                        names.add(units.find(a.unitId()).map(UnitView::name).orElse("—"));
                    }
                    return tell(
                            s,
                            "ASSIGNED",
                            "suggestion.notice.assigned",
                            new Object[] {numberOr(s), String.join("、", names)},
                            "deputy-assigned:" + e.caseId() + ":"
                                    + e.assignments().hashCode(),
                            false);
                })
                .orElse(List.of()));
    }

    @EventListener
    void on(CaseReplied e) {
        if (!KINDS.contains(e.kind())) {
            return;
        }
        notifications.notifyBeforeCommit(() -> byCase(e.caseId())
                .map(s -> {
                    Object[] args = {
                        numberOr(s), "#handling.result." + e.resultClass().name()
                    };
                    // the case state as the step read it (before the reply) or as committed with it (after): a
                    // reply leaves EVALUATED as it is and never leads into it, so both tell a follow-up apart
                    if (SuggestionState.EVALUATED.name().equals(s.caseState())) {
                        // The follow-up reply of a tracked B-class case, after the evaluation: news, nothing to
                        // evaluate.
                        return tell(
                                s,
                                "REPLIED",
                                "suggestion.notice.followUp",
                                args,
                                "deputy-followup:" + e.caseId() + ":" + e.unitId() + ":" + e.caseVersion(),
                                false);
                    }
                    return tell(
                            s,
                            "EVALUATION_DUE",
                            "suggestion.notice.replied",
                            args,
                            "deputy-replied:" + e.caseId() + ":" + e.unitId() + ":" + e.caseVersion(),
                            true);
                })
                .orElse(List.of()));
    }

    private static List<Notice> tell(
            Submission s, String kind, String key, Object[] args, String dedupe, boolean urgent) {
        if (s.deputies().isEmpty()) {
            return List.of();
        }
        return List.of(new Notice(
                s.deputies(),
                new NoticeContent(
                        kind, key + ".subject", key + ".body", args, "/suggestions/" + s.id(), dedupe, true, urgent)));
    }

    private static String numberOr(Submission s) {
        return s.number() != null ? s.number() : s.title();
    }

    private Optional<Submission> byCase(long caseId) {
        Optional<Submission> read = stepSubmissions.ofCase(caseId);
        if (read.isPresent()) {
            caseSubmissions.seen(caseId, read.get().id()); // as a read of our own would
            return read;
        }
        return submission("s.case_id = ?", caseId);
    }

    private Optional<Submission> byId(long id) {
        return submission("s.id = ?", id);
    }

    /** The submission with its signers' accounts, in one statement. */
    private Optional<Submission> submission(String where, long key) {
        long congress = TenantContext.orNone();
        return jdbc.sql(
                        """
                        select s.id, s.title, s.case_number, s.case_state, s.lead_account_id,
                          array(select g.account_id from suggestion.signer g
                                where g.congress_id = ? and g.submission_id = s.id and g.account_id is not null
                                order by g.id), s.case_id
                        from suggestion.submission s where s.congress_id = ?"""
                                + " and " + where)
                .params(congress, congress, key)
                .query((rs, n) -> {
                    Set<Long> deputies = new LinkedHashSet<>();
                    long lead = rs.getLong(5);
                    if (!rs.wasNull()) {
                        deputies.add(lead);
                    }
                    for (Long signer : (Long[]) rs.getArray(6).getArray()) {
                        deputies.add(signer);
                    }
                    long caseId = rs.getLong(7);
                    if (!rs.wasNull()) {
                        caseSubmissions.seen(caseId, rs.getLong(1)); // the next step's listeners need no read
                    }
                    return new Submission(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), deputies);
                })
                .optional();
    }
}
