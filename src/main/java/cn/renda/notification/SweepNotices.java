package cn.renda.notification;

import cn.renda.core.TenantTransactions;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The deadline sweep's notices: reminders when a clock turns yellow (the unit's officers, or staff for the
 * office's own clocks) and escalations when it turns red (the unit, staff and leaders).
 */
@Component
class SweepNotices {

    private final NotificationFacade notifications;
    private final AccountFacade accounts;
    private final TenantTransactions tenant;

    SweepNotices(NotificationFacade notifications, AccountFacade accounts, TenantTransactions tenant) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.tenant = tenant;
    }

    /**
     * Reminders (yellow: the unit's officers, or staff for the office's own clocks) and escalations
     * (red: the unit, staff and leaders) for all clocks one sweep recoloured, in one transaction and a
     * few batched statements: recipients are looked up once per unit and role, texts rendered once per
     * clock and language. The dedupe keys ({@code yellow:<clock>}, {@code red:<clock>}) keep it once
     * per clock and colour.
     */
    @Async
    @TransactionalEventListener
    void on(ClocksRecoloured e) {
        tenant.run(e.congressId(), () -> {
            Map<Long, List<Recipient>> units = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            List<Recipient> staff = accounts.recipientsWithRole(Role.STAFF);
            List<Recipient> leaders = accounts.recipientsWithRole(Role.LEADER);
            List<NotificationFacade.Batched> notices =
                    new ArrayList<>(e.changes().size());
            for (ClocksRecoloured.ClockChange c : e.changes()) {
                List<Recipient> unit =
                        c.unitId() == null ? List.of() : units.computeIfAbsent(c.unitId(), accounts::recipientsOfUnit);
                Object[] args = {
                    caseName(names, c.caseId()),
                    "#handling.clock." + c.clock().name(),
                    c.dueDate().toString()
                };
                if (c.colour() == Colour.RED) {
                    Map<Long, Recipient> to = new LinkedHashMap<>();
                    for (List<Recipient> group : List.of(unit, staff, leaders)) {
                        group.forEach(r -> to.putIfAbsent(r.accountId(), r));
                    }
                    notices.add(new NotificationFacade.Batched(
                            List.copyOf(to.values()),
                            "OVERDUE",
                            "notification.overdue.subject",
                            "notification.overdue.body",
                            args,
                            link(c.caseId()),
                            "red:" + c.clockId(),
                            true,
                            true));
                } else {
                    notices.add(new NotificationFacade.Batched(
                            distinct(c.unitId() != null ? unit : staff),
                            "REMINDER",
                            "notification.reminder.subject",
                            "notification.reminder.body",
                            args,
                            link(c.caseId()),
                            "yellow:" + c.clockId(),
                            true,
                            true));
                }
            }
            notifications.notifyBatched(notices);
        });
    }

    private String caseName(Map<Long, String> names, long caseId) {
        return names.computeIfAbsent(caseId, notifications::caseName);
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
