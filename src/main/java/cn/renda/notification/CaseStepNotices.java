package cn.renda.notification;

import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseMarkedKey;
import cn.renda.handling.CaseReplied;
import cn.renda.handling.CaseReturned;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's step events into notices: new assignments to the unit's officers, returns and replies to
 * staff, a key case to its leader. Listeners run synchronously in the step's transaction and queue the notices
 * with {@link NotificationFacade#batchedBeforeCommit}, which writes them just before the step commits: a notice
 * commits with its step or not at all, without a transaction, commit or publication row of its own.
 */
@Component
class CaseStepNotices {

    private final NotificationFacade notifications;
    private final AccountFacade accounts;

    CaseStepNotices(NotificationFacade notifications, AccountFacade accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @EventListener
    void on(CaseAssigned e) {
        notifications.batchedBeforeCommit(() -> {
            List<NotificationFacade.Batched> notices = new ArrayList<>();
            for (var a : e.assignments()) {
                notices.add(new NotificationFacade.Batched(
                        distinct(accounts.recipientsOfUnit(a.unitId())),
                        "ASSIGNED",
                        "notification.assigned.subject",
                        "notification.assigned.body",
                        new Object[] {e.number(), "#handling.role." + a.role().name()},
                        link(e.caseId()),
                        "assigned:" + e.caseId() + ":" + a.unitId(),
                        true,
                        true));
            }
            return notices;
        });
    }

    @EventListener
    void on(CaseReturned e) {
        notifications.batchedBeforeCommit(() -> List.of(new NotificationFacade.Batched(
                distinct(accounts.recipientsWithRole(Role.STAFF)),
                "RETURNED",
                "notification.returned.subject",
                "notification.returned.body",
                new Object[] {notifications.caseName(e.caseId()), e.reason()},
                link(e.caseId()),
                "returned:" + e.caseId() + ":" + e.unitId(),
                true,
                false)));
    }

    @EventListener
    void on(CaseReplied e) {
        notifications.batchedBeforeCommit(() -> List.of(new NotificationFacade.Batched(
                distinct(accounts.recipientsWithRole(Role.STAFF)),
                "REPLIED",
                "notification.replied.subject",
                "notification.replied.body",
                new Object[] {
                    notifications.caseName(e.caseId()),
                    "#handling.result." + e.resultClass().name()
                },
                link(e.caseId()),
                "replied:" + e.caseId() + ":" + e.unitId() + ":" + e.resultClass(),
                false,
                false)));
    }

    @EventListener
    void on(CaseMarkedKey e) {
        notifications.notifyBeforeCommit(() -> List.of(new Notice(
                Set.of(e.leaderId()),
                "KEY_CASE",
                "notification.key.subject",
                "notification.key.body",
                new Object[] {notifications.caseName(e.caseId()), String.valueOf(e.trackingMonths())},
                link(e.caseId()),
                "key:" + e.caseId() + ":" + e.leaderId(),
                true,
                false)));
    }

    private static List<Recipient> distinct(List<Recipient> recipients) {
        Map<Long, Recipient> to = new LinkedHashMap<>();
        recipients.forEach(r -> to.putIfAbsent(r.accountId(), r));
        return List.copyOf(to.values());
    }

    private static String link(long caseId) {
        return "/cases/" + caseId;
    }
}
