package cn.renda.calendar;

import cn.renda.core.TenantContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The effective calendar of the bound congress. National data is held once per JVM; each congress's
 * overrides are cached per instance together with the congress's change counter, which is re-read once
 * per transaction: a change committed through any application instance is seen by the next transaction
 * everywhere, and repeated calls within one transaction cost no query.
 */
@Component
class EffectiveCalendars {

    private record Snapshot(long version, EffectiveCalendar calendar) {}

    /** Transaction resource key: one snapshot per transaction and congress. */
    private record TransactionKey(EffectiveCalendars owner, long congressId) {}

    private final OverrideRepository overrides;
    private final HolidayTable national;
    private final Map<Long, Snapshot> cache = new ConcurrentHashMap<>();

    EffectiveCalendars(OverrideRepository overrides) {
        this.overrides = overrides;
        this.national = HolidayTable.national();
    }

    /** The national data alone. */
    HolidayTable national() {
        return national;
    }

    /** The bound congress's calendar; call inside a transaction (row-level security needs the binding). */
    EffectiveCalendar current() {
        long congress = TenantContext.require();
        TransactionKey key = new TransactionKey(this, congress);
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction && TransactionSynchronizationManager.getResource(key) instanceof EffectiveCalendar bound) {
            return bound;
        }
        // Reading the counter before the rows: a change committed in between makes the rows newer than
        // the counter says, which only costs a reload next time, never a stale answer.
        long version = overrides.version();
        Snapshot snapshot = cache.get(congress);
        if (snapshot == null || snapshot.version() != version) {
            Map<LocalDate, EffectiveCalendar.Override> byDate = new HashMap<>();
            for (DayOverride o : overrides.all()) {
                byDate.put(o.date(), new EffectiveCalendar.Override(o.workday(), o.name()));
            }
            snapshot = new Snapshot(version, new EffectiveCalendar(national, byDate));
            cache.put(congress, snapshot);
        }
        if (inTransaction) {
            TransactionSynchronizationManager.bindResource(key, snapshot.calendar());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return snapshot.calendar();
    }

    /** Forgets the bound congress's calendar after a change made in the current transaction. */
    void changed() {
        long congress = TenantContext.require();
        cache.remove(congress);
        TransactionSynchronizationManager.unbindResourceIfPossible(new TransactionKey(this, congress));
    }
}
