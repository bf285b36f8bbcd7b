package cn.renda.notification;

import cn.renda.core.TenantContext;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import cn.renda.identity.RecipientDirectory;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The deadline sweep's notices: reminders when a clock turns yellow (the unit's officers, or staff for the
 * office's own clocks) and escalations when it turns red (the unit, staff and leaders).
 *
 * <p>Written inside the sweep's own transaction (a plain, synchronous listener): the notices commit with the
 * colour change they announce or not at all, so nothing acknowledged is lost and a sweep that fails half-way
 * sends nothing; and Spring Modulith writes no publication row for them (it records only after-commit
 * listeners). Set-based: recipients are read in one statement (the units' officers, staff, leaders), the
 * case numbers come with the event, texts rendered once per clock and language, inbox and outbox rows inserted by
 * multi-row statements ({@link NotificationFacade#notifyBatched}). The dedupe keys {@code yellow:<clock>}
 * and {@code red:<clock>} keep it once per clock and colour, even when a clock turns yellow again after an
 * extension.
 */
@Component
class SweepNotices {

    private final NotificationFacade notifications;
    private final AccountFacade accounts;

    SweepNotices(NotificationFacade notifications, AccountFacade accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @EventListener
    void on(ClocksRecoloured e) {
        // The rows are the congress's own: they must be written in a transaction bound to it, the sweep's.
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TenantContext.current().filter(c -> c == e.congressId()).isPresent()) {
            throw new IllegalStateException(
                    "ClocksRecoloured of congress " + e.congressId() + " published outside a transaction of it");
        }
        Set<Long> unitIds = new LinkedHashSet<>();
        for (ClocksRecoloured.ClockChange c : e.changes()) {
            if (c.unitId() != null) {
                unitIds.add(c.unitId());
            }
        }
        boolean anyRed = e.changes().stream().anyMatch(c -> c.colour() == Colour.RED);
        RecipientDirectory directory = accounts.recipientDirectory(
                unitIds, anyRed ? EnumSet.of(Role.STAFF, Role.LEADER) : EnumSet.of(Role.STAFF));
        List<Recipient> staff = directory.withRole(Role.STAFF);
        List<Recipient> leaders = directory.withRole(Role.LEADER);
        List<NotificationFacade.Batched> notices = new ArrayList<>(e.changes().size());
        for (ClocksRecoloured.ClockChange c : e.changes()) {
            List<Recipient> unit = directory.ofUnit(c.unitId());
            Object[] args = {
                c.caseNumber() == null ? "#notification.aCase" : c.caseNumber(),
                "#handling.clock." + c.clock().name(),
                c.dueDate().toString()
            };
            if (c.colour() == Colour.RED) {
                notices.add(new NotificationFacade.Batched(
                        distinct(unit, staff, leaders),
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
    }

    @SafeVarargs
    private static List<Recipient> distinct(List<Recipient>... groups) {
        Map<Long, Recipient> to = new LinkedHashMap<>();
        for (List<Recipient> group : groups) {
            group.forEach(r -> to.putIfAbsent(r.accountId(), r));
        }
        return List.copyOf(to.values());
    }

    private static String link(long caseId) {
        return "/cases/" + caseId;
    }
}
