package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import cn.renda.core.TenantTransactions;
import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseCreated;
import cn.renda.handling.CaseReplied;
import cn.renda.handling.UnitAssignment;
import cn.renda.notification.Notice;
import cn.renda.notification.NotificationFacade;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.suggestion.SuggestionDraftReturned;
import cn.renda.suggestion.SuggestionState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells deputies what happens to their suggestions and motions: returned for improvement, registered (with its
 * number), assigned (to which units), answered (and that their evaluation is now due). Each notice goes to the
 * lead deputy and the co-signers with an account, in the inbox and, for the steps that ask something of them,
 * by e-mail and text message. Listeners run after the commit in a transaction of the event's congress; dedupe
 * keys keep a redelivered event from notifying twice.
 */
@Component
class DeputyNotices {

    private static final Set<String> KINDS = Set.of("SUGGESTION", "MOTION");

    private final NotificationFacade notifications;
    private final UnitDirectory units;
    private final TenantTransactions tenant;
    private final JdbcClient jdbc;

    DeputyNotices(NotificationFacade notifications, UnitDirectory units, TenantTransactions tenant, JdbcClient jdbc) {
        this.notifications = notifications;
        this.units = units;
        this.tenant = tenant;
        this.jdbc = jdbc;
    }

    /** A submission as the notices need it: who to tell, and how to name it. */
    record Submission(long id, String title, String number, Set<Long> deputies) {}

    @Async
    @TransactionalEventListener
    void on(SuggestionDraftReturned e) {
        tenant.run(e.congressId(), () -> byId(e.submissionId())
                .ifPresent(s -> tell(
                        s,
                        "RETURNED",
                        "suggestion.notice.returned",
                        new Object[] {s.title()},
                        "returned:" + e.submissionId() + ":" + e.returnedAt().toEpochMilli(),
                        true)));
    }

    @Async
    @TransactionalEventListener
    void on(CaseCreated e) {
        if (!KINDS.contains(e.kind())) {
            return;
        }
        tenant.run(e.congressId(), () -> byCase(e.caseId())
                .ifPresent(s -> tell(
                        s,
                        "REGISTERED",
                        "suggestion.notice.registered",
                        new Object[] {s.title(), e.number()},
                        "registered:" + e.caseId(),
                        false)));
    }

    @Async
    @TransactionalEventListener
    void on(CaseAssigned e) {
        if (!KINDS.contains(e.kind())) {
            return;
        }
        tenant.run(e.congressId(), () -> byCase(e.caseId()).ifPresent(s -> {
            List<String> names = new ArrayList<>();
            for (UnitAssignment a : e.assignments()) {
                names.add(units.find(a.unitId()).map(UnitView::name).orElse("—"));
            }
            tell(
                    s,
                    "ASSIGNED",
                    "suggestion.notice.assigned",
                    new Object[] {numberOr(s), String.join("、", names)},
                    "deputy-assigned:" + e.caseId() + ":" + e.assignments().hashCode(),
                    false);
        }));
    }

    @Async
    @TransactionalEventListener
    void on(CaseReplied e) {
        if (!KINDS.contains(e.kind())) {
            return;
        }
        tenant.run(e.congressId(), () -> byCase(e.caseId()).ifPresent(s -> {
            Object[] args = {numberOr(s), "#handling.result." + e.resultClass().name()};
            if (SuggestionState.EVALUATED.name().equals(caseState(e.caseId()))) {
                // The follow-up reply of a tracked B-class case, after the evaluation: news, nothing to evaluate.
                tell(
                        s,
                        "REPLIED",
                        "suggestion.notice.followUp",
                        args,
                        "deputy-followup:" + e.caseId() + ":" + e.unitId() + ":" + e.caseVersion(),
                        false);
            } else {
                tell(
                        s,
                        "EVALUATION_DUE",
                        "suggestion.notice.replied",
                        args,
                        "deputy-replied:" + e.caseId() + ":" + e.unitId() + ":" + e.caseVersion(),
                        true);
            }
        }));
    }

    /** The case state the submission mirrors (updated in the engine's transaction, so current after commit). */
    private String caseState(long caseId) {
        return jdbc.sql("select case_state from suggestion.submission where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void tell(Submission s, String kind, String key, Object[] args, String dedupe, boolean urgent) {
        if (s.deputies().isEmpty()) {
            return;
        }
        notifications.notify(new Notice(
                s.deputies(),
                kind,
                key + ".subject",
                key + ".body",
                args,
                "/suggestions/" + s.id(),
                dedupe,
                true,
                urgent));
    }

    private static String numberOr(Submission s) {
        return s.number() != null ? s.number() : s.title();
    }

    private Optional<Submission> byCase(long caseId) {
        return jdbc.sql("select id from suggestion.submission where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    private Optional<Submission> byId(long id) {
        return jdbc.sql(
                        "select id, title, case_number, lead_account_id from suggestion.submission where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> {
                    Set<Long> deputies = new LinkedHashSet<>();
                    long lead = rs.getLong(4);
                    if (!rs.wasNull()) {
                        deputies.add(lead);
                    }
                    return new Submission(rs.getLong(1), rs.getString(2), rs.getString(3), deputies);
                })
                .optional()
                .map(s -> {
                    s.deputies()
                            .addAll(jdbc.sql(
                                            "select account_id from suggestion.signer where congress_id = ? and submission_id = ? and account_id is not null")
                                    .param(TenantContext.orNone())
                                    .param(s.id())
                                    .query(Long.class)
                                    .list());
                    return s;
                });
    }
}
