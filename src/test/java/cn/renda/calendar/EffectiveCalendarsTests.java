package cn.renda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The override cache against the database: a change made through one application instance is seen by
 * another instance's next transaction, and a rolled-back change is never served from a cache.
 */
class EffectiveCalendarsTests extends FullStackTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 15); // an ordinary Wednesday
    private static final LocalDate FROM = LocalDate.of(2023, 3, 14);

    @Autowired
    OverrideRepository repository;

    @Autowired
    CalendarFacade facade;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CongressFacade congresses;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }

    /** Whether the day is worked, asked in a new transaction of the given application instance. */
    private boolean workdayIn(EffectiveCalendars instance, LocalDate day) {
        Boolean workday = TenantContext.callAs(
                jiangxia(), () -> transactions.execute(s -> instance.current().isWorkday(day)));
        return Boolean.TRUE.equals(workday);
    }

    private LocalDate nextWorkingDay(LocalDate from) {
        LocalDate due = TenantContext.callAs(jiangxia(), () -> calendar.add(from, Length.workingDays(1)));
        return due;
    }

    @Test
    void anotherInstanceSeesACommittedChangeInItsNextTransaction() {
        EffectiveCalendars otherInstance = new EffectiveCalendars(repository);
        assertThat(workdayIn(otherInstance, DAY)).isTrue();
        try {
            TenantContext.runAs(jiangxia(), () -> facade.addOverride(new NewDayOverride(DAY, false, "停电放假")));
            assertThat(workdayIn(otherInstance, DAY)).isFalse();
            assertThat(nextWorkingDay(FROM)).isEqualTo(DAY.plusDays(1));
        } finally {
            TenantContext.runAs(jiangxia(), () -> facade.removeOverride(DAY));
        }
        assertThat(workdayIn(otherInstance, DAY)).isTrue();
        assertThat(nextWorkingDay(FROM)).isEqualTo(DAY);
    }

    @Test
    void oneTransactionReadsTheChangeCounterOnceAndSeesItsOwnChanges() {
        AtomicInteger versionReads = new AtomicInteger();
        OverrideRepository counting = new OverrideRepository(jdbc) {
            @Override
            long version() {
                versionReads.incrementAndGet();
                return super.version();
            }
        };
        EffectiveCalendars instance = new EffectiveCalendars(counting);
        TenantContext.runAs(
                jiangxia(),
                () -> transactions.executeWithoutResult(s -> {
                    assertThat(instance.current().isWorkday(DAY)).isTrue();
                    assertThat(instance.current().isWorkday(DAY.plusDays(1))).isTrue();
                    assertThat(versionReads).hasValue(1);
                    // a change inside the transaction is visible to the rest of it, then rolled back
                    counting.insert(jiangxia(), DAY, false, "试验", "test");
                    counting.bumpVersion(jiangxia());
                    instance.changed();
                    assertThat(instance.current().isWorkday(DAY)).isFalse();
                    s.setRollbackOnly();
                }));
        // the rolled-back change's counter value is never committed, so its snapshot is never reused
        assertThat(workdayIn(instance, DAY)).isTrue();
    }

    @Test
    void outsideATransactionOrWithoutACongressNothingIsAnswered() {
        assertThatThrownBy(() -> calendar.isWorkday(DAY)).isInstanceOf(IllegalStateException.class);
        // row-level security hides every override when no congress is bound to the transaction
        Long visible = transactions.execute(s -> repository.count());
        assertThat(visible).isZero();
    }
}
