package cn.renda.notification;

import cn.renda.core.TenantTransactions;
import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseMarkedKey;
import cn.renda.handling.CaseReplied;
import cn.renda.handling.CaseReturned;
import cn.renda.handling.ClockOverdue;
import cn.renda.handling.ClockTurnedYellow;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import cn.renda.identity.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the engine's events into notices: new assignments to the unit's officers, returns and
 * replies to staff, reminders when a clock turns yellow, and escalation to staff and leaders when it
 * turns red. Listeners run after the engine's commit, asynchronously, each in a new transaction of
 * the event's congress; Spring Modulith's registry redelivers after a crash and the dedupe keys keep a redelivery from notifying twice.
 */
@Component
class HandlingNotices {

    private final NotificationFacade notifications;
    private final AccountFacade accounts;
    private final TenantTransactions tenant;

    HandlingNotices(NotificationFacade notifications, AccountFacade accounts, TenantTransactions tenant) {
        this.tenant = tenant;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @Async
    @TransactionalEventListener
    void on(CaseAssigned e) {
        tenant.run(e.congressId(), () -> {
            for (var a : e.assignments()) {
                notifications.notify(new Notice(
                        ids(accounts.recipientsOfUnit(a.unitId())),
                        "ASSIGNED",
                        "notification.assigned.subject",
                        "notification.assigned.body",
                        new Object[] {e.number(), a.role().name()},
                        link(e.caseId()),
                        "assigned:" + e.caseId() + ":" + a.unitId(),
                        true,
                        true));
            }
        });
    }

    @Async
    @TransactionalEventListener
    void on(CaseReturned e) {
        tenant.run(
                e.congressId(),
                () -> notifications.notify(new Notice(
                        ids(accounts.recipientsWithRole(Role.STAFF)),
                        "RETURNED",
                        "notification.returned.subject",
                        "notification.returned.body",
                        new Object[] {e.caseId(), e.reason()},
                        link(e.caseId()),
                        "returned:" + e.caseId() + ":" + e.unitId(),
                        true,
                        false)));
    }

    @Async
    @TransactionalEventListener
    void on(CaseReplied e) {
        tenant.run(
                e.congressId(),
                () -> notifications.notify(new Notice(
                        ids(accounts.recipientsWithRole(Role.STAFF)),
                        "REPLIED",
                        "notification.replied.subject",
                        "notification.replied.body",
                        new Object[] {e.caseId(), e.resultClass().name()},
                        link(e.caseId()),
                        "replied:" + e.caseId() + ":" + e.unitId() + ":" + e.resultClass(),
                        false,
                        false)));
    }

    @Async
    @TransactionalEventListener
    void on(CaseMarkedKey e) {
        tenant.run(
                e.congressId(),
                () -> notifications.notify(new Notice(
                        Set.of(e.leaderId()),
                        "KEY_CASE",
                        "notification.key.subject",
                        "notification.key.body",
                        new Object[] {e.caseId(), e.trackingMonths()},
                        link(e.caseId()),
                        "key:" + e.caseId() + ":" + e.leaderId(),
                        true,
                        false)));
    }

    /** Reminder at the lead time: to the unit's officers, or to staff for the office's own clocks. */
    @Async
    @TransactionalEventListener
    void on(ClockTurnedYellow e) {
        tenant.run(e.congressId(), () -> {
            List<Recipient> to = e.unitId() != null
                    ? accounts.recipientsOfUnit(e.unitId())
                    : accounts.recipientsWithRole(Role.STAFF);
            notifications.notify(new Notice(
                    ids(to),
                    "REMINDER",
                    "notification.reminder.subject",
                    "notification.reminder.body",
                    new Object[] {e.caseId(), e.clock().name(), e.dueDate().toString()},
                    link(e.caseId()),
                    "yellow:" + e.clockId(),
                    true,
                    true));
        });
    }

    /** Escalation when a clock turns red: the unit, the responsible staff and the leaders. */
    @Async
    @TransactionalEventListener
    void on(ClockOverdue e) {
        tenant.run(e.congressId(), () -> {
            Set<Long> to = new LinkedHashSet<>();
            if (e.unitId() != null) {
                to.addAll(ids(accounts.recipientsOfUnit(e.unitId())));
            }
            to.addAll(ids(accounts.recipientsWithRole(Role.STAFF)));
            to.addAll(ids(accounts.recipientsWithRole(Role.LEADER)));
            notifications.notify(new Notice(
                    to,
                    "OVERDUE",
                    "notification.overdue.subject",
                    "notification.overdue.body",
                    new Object[] {e.caseId(), e.clock().name(), e.dueDate().toString()},
                    link(e.caseId()),
                    "red:" + e.clockId(),
                    true,
                    true));
        });
    }

    private static Set<Long> ids(List<Recipient> recipients) {
        Set<Long> ids = new LinkedHashSet<>();
        recipients.forEach(r -> ids.add(r.accountId()));
        return ids;
    }

    private static String link(long caseId) {
        return "/cases/" + caseId;
    }
}
