package cn.renda.notification;

import cn.renda.core.TenantTransactions;
import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseCreated;
import cn.renda.handling.CaseMarkedKey;
import cn.renda.handling.CaseReplied;
import cn.renda.handling.CaseReturned;
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
 * replies to staff (the sweep's reminders and escalations are {@link SweepNotices}). Listeners run after the engine's commit, asynchronously, each in a new transaction of
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
                        new Object[] {e.number(), "#handling.role." + a.role().name()},
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
                        new Object[] {notifications.caseName(e.caseId()), e.reason()},
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
                        new Object[] {
                            notifications.caseName(e.caseId()),
                            "#handling.result." + e.resultClass().name()
                        },
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
                        new Object[] {notifications.caseName(e.caseId()), String.valueOf(e.trackingMonths())},
                        link(e.caseId()),
                        "key:" + e.caseId() + ":" + e.leaderId(),
                        true,
                        false)));
    }

    /** Remembers each new case's number, so notices about it name it by number. */
    @Async
    @TransactionalEventListener
    void on(CaseCreated e) {
        tenant.run(e.congressId(), () -> notifications.rememberCase(e.caseId(), e.number(), e.title()));
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
