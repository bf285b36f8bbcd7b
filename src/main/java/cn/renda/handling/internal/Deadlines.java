package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.calendar.WorkingCalendar;
import cn.renda.core.TenantContext;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.KindDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deadline arithmetic of the engine: today in Asia/Shanghai from the injectable {@link Clock}, the
 * effective policy of a clock (congress table, else the kind's default, else the engine's), due dates
 * on the congress calendar and the start of the reminder window.
 */
@Component
class Deadlines {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Engine defaults for clocks every kind has: ACCEPT 7 working days, REHANDLE 1 month, TRACKING 2 months. */
    static final Map<ClockName, ClockPolicy> ENGINE_DEFAULTS = Map.of(
            ClockName.ACCEPT,
            new ClockPolicy(ClockName.ACCEPT, Length.workingDays(7), List.of(Length.workingDays(2))),
            ClockName.REHANDLE,
            new ClockPolicy(ClockName.REHANDLE, Length.months(1), List.of(Length.workingDays(5))),
            ClockName.TRACKING,
            new ClockPolicy(ClockName.TRACKING, Length.months(2), List.of(Length.workingDays(5))),
            ClockName.RETURN,
            new ClockPolicy(ClockName.RETURN, Length.workingDays(7), List.of()),
            ClockName.CO_OPINION,
            new ClockPolicy(ClockName.CO_OPINION, Length.months(1), List.of(Length.workingDays(5))));

    private final Clock clock;
    private final WorkingCalendar calendar;
    private final HandlingRepository repository;

    Deadlines(Clock clock, WorkingCalendar calendar, HandlingRepository repository) {
        this.clock = clock;
        this.calendar = calendar;
        this.repository = repository;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /**
     * The policy in force for the clock of a kind in the bound congress: the policies the transaction's step read with
     * its case when there are any (e.g. the return window offered on the view after an assignment), else one read.
     */
    ClockPolicy policy(KindDefinition kind, ClockName name) {
        Map<ClockName, ClockPolicy> read = readInTransaction(kind.code());
        if (read != null) {
            return policy(kind, name, read);
        }
        return repository.policy(kind.code(), name).orElseGet(() -> defaultPolicy(kind, name));
    }

    /** Transaction resource key: the congress's policies of a kind as the step read them with its case. */
    private record ReadPolicies(Deadlines owner, long congressId, String kind) {}

    private Map<ClockName, ClockPolicy> readInTransaction(String kind) {
        Long congress = TenantContext.current().orElse(null);
        if (congress == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<ClockName, ClockPolicy> read = (Map<ClockName, ClockPolicy>)
                TransactionSynchronizationManager.getResource(new ReadPolicies(this, congress, kind));
        return read;
    }

    /** Keeps the policies read with the case for the rest of the step's transaction. */
    private void keepForTransaction(String kind, Map<ClockName, ClockPolicy> congress) {
        Long congressId = TenantContext.current().orElse(null);
        if (congressId == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        ReadPolicies key = new ReadPolicies(this, congressId, kind);
        if (TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(key, congress);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
    }

    /**
     * The policy in force, given the congress's policies of the kind as already read (with the case): no statement.
     * A null map reads the congress's policy of the clock.
     */
    ClockPolicy policy(KindDefinition kind, ClockName name, Map<ClockName, ClockPolicy> congress) {
        if (congress == null) {
            return policy(kind, name);
        }
        // Only a map read from the database (an EnumMap, possibly empty) stands for the congress's policies; a
        // creation that starts no clock passes Map.of() without reading them.
        if (congress instanceof java.util.EnumMap) {
            keepForTransaction(kind.code(), congress);
        }
        ClockPolicy p = congress.get(name);
        return p != null ? p : defaultPolicy(kind, name);
    }

    static ClockPolicy defaultPolicy(KindDefinition kind, ClockName name) {
        ClockPolicy p = kind.defaultPolicies().get(name);
        if (p == null) {
            p = ENGINE_DEFAULTS.get(name);
        }
        if (p == null) {
            throw new IllegalStateException("Kind " + kind.code() + " has no deadline policy for clock " + name);
        }
        return p;
    }

    LocalDate due(LocalDate anchor, Length length) {
        return calendar.add(anchor, length);
    }

    /** The first day of the reminder window: the due date less the longest lead (the due day itself without leads). */
    LocalDate yellowFrom(LocalDate due, List<Length> leads) {
        LocalDate earliest = due;
        for (Length lead : leads) {
            LocalDate d = before(due, lead);
            if (d.isBefore(earliest)) {
                earliest = d;
            }
        }
        return earliest;
    }

    private LocalDate before(LocalDate due, Length lead) {
        return switch (lead.unit()) {
            case CALENDAR_DAYS -> due.minusDays(lead.amount());
            case WEEKS -> due.minusWeeks(lead.amount());
            case MONTHS -> due.minusMonths(lead.amount());
            case WORKING_DAYS -> {
                LocalDate d = due;
                int left = lead.amount();
                int guard = 0;
                while (left > 0 && guard++ < 3660) {
                    d = d.minusDays(1);
                    if (calendar.isWorkday(d)) {
                        left--;
                    }
                }
                yield d;
            }
        };
    }

    /**
     * The due date after a pause from {@code pausedOn} to {@code today}: a working-day clock moves by
     * the working days paused, any other by the calendar days paused (then onto a working day).
     */
    LocalDate resumedDue(ClockRow clockRow, LocalDate today) {
        LocalDate pausedOn = clockRow.pausedOn() == null ? today : clockRow.pausedOn();
        if (!today.isAfter(pausedOn)) {
            return clockRow.dueDate();
        }
        if (clockRow.length().unit() == cn.renda.calendar.LengthUnit.WORKING_DAYS) {
            long days = calendar.workdaysBetween(pausedOn, today);
            return days <= 0 ? clockRow.dueDate() : calendar.add(clockRow.dueDate(), Length.workingDays((int) days));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(pausedOn, today);
        return calendar.add(clockRow.dueDate(), Length.calendarDays((int) days));
    }
}
