package cn.renda.notification;

import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseMarkedKey;
import cn.renda.handling.CaseReplied;
import cn.renda.handling.CaseReturned;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's step events into notices: new assignments to the unit's officers, returns and replies to
 * staff, a key case to its leader. Listeners run synchronously in the step's transaction and queue the notices
 * with {@link NotificationFacade#addressedBeforeCommit}, which writes them just before the step commits: a notice
 * commits with its step or not at all, without a transaction, commit or publication row of its own, and the
 * recipients of all the step's notices (these and the deputies') are read in one statement.
 */
@Component
class CaseStepNotices {

    private final NotificationFacade notifications;
    private final CaseNumbers caseNumbers;

    CaseStepNotices(NotificationFacade notifications, CaseNumbers caseNumbers) {
        this.notifications = notifications;
        this.caseNumbers = caseNumbers;
    }

    @EventListener
    void on(CaseAssigned e) {
        caseNumbers.seen(e.caseId(), e.number()); // the reply's notice names the case without a read
        notifications.addressedBeforeCommit(() -> {
            List<AddressedNotice> notices = new ArrayList<>();
            for (var a : e.assignments()) {
                notices.add(AddressedNotice.toUnit(
                        a.unitId(),
                        new NoticeContent(
                                "ASSIGNED",
                                "notification.assigned.subject",
                                "notification.assigned.body",
                                new Object[] {
                                    e.number(), "#handling.role." + a.role().name()
                                },
                                link(e.caseId()),
                                "assigned:" + e.caseId() + ":" + a.unitId(),
                                true,
                                true)));
            }
            return notices;
        });
    }

    @EventListener
    void on(CaseReturned e) {
        notifications.addressedBeforeCommit(() -> List.of(AddressedNotice.toRole(
                Role.STAFF,
                new NoticeContent(
                        "RETURNED",
                        "notification.returned.subject",
                        "notification.returned.body",
                        new Object[] {notifications.caseName(e.caseId()), e.reason()},
                        link(e.caseId()),
                        "returned:" + e.caseId() + ":" + e.unitId(),
                        true,
                        false))));
    }

    @EventListener
    void on(CaseReplied e) {
        notifications.addressedBeforeCommit(() -> List.of(AddressedNotice.toRole(
                Role.STAFF,
                new NoticeContent(
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
                        false))));
    }

    @EventListener
    void on(CaseMarkedKey e) {
        notifications.notifyBeforeCommit(() -> List.of(new Notice(
                Set.of(e.leaderId()),
                new NoticeContent(
                        "KEY_CASE",
                        "notification.key.subject",
                        "notification.key.body",
                        new Object[] {notifications.caseName(e.caseId()), String.valueOf(e.trackingMonths())},
                        link(e.caseId()),
                        "key:" + e.caseId() + ":" + e.leaderId(),
                        true,
                        false))));
    }

    private static String link(long caseId) {
        return "/cases/" + caseId;
    }
}
