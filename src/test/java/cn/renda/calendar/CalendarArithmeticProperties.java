package cn.renda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the deadline arithmetic, checked on the national data alone and with random overrides
 * (any calendar a congress can configure must obey them).
 */
class CalendarArithmeticProperties {

    private static final LocalDate FIRST = LocalDate.of(2018, 12, 1);
    private static final int SPAN_DAYS = 9 * 366; // into 2027, past the bundled data

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, SPAN_DAYS).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<EffectiveCalendar> calendars() {
        Arbitrary<Map<LocalDate, EffectiveCalendar.Override>> overrides = Arbitraries.maps(
                        dates(),
                        Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("区庆", "补班"))
                                .as(EffectiveCalendar.Override::new))
                .ofMaxSize(40);
        // maps of size 0 (the national data alone) are generated too, and shrinking heads there
        return overrides.map(o -> new EffectiveCalendar(HolidayTable.national(), o));
    }

    @Property
    void addingWorkingDaysLandsOnAWorkingDay(
            @ForAll("calendars") EffectiveCalendar calendar,
            @ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate due = calendar.arithmetic().add(from, Length.workingDays(n));
        assertThat(calendar.isWorkday(due)).isTrue();
    }

    @Property
    void resultIsStrictlyAfterTheStartForPositiveWorkingDays(
            @ForAll("calendars") EffectiveCalendar calendar,
            @ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 400) int n) {
        assertThat(calendar.arithmetic().add(from, Length.workingDays(n))).isAfter(from);
    }

    @Property
    void addingNThenMWorkingDaysEqualsAddingNPlusM(
            @ForAll("calendars") EffectiveCalendar calendar,
            @ForAll("dates") LocalDate from,
            @ForAll @IntRange(max = 200) int n,
            @ForAll @IntRange(max = 200) int m) {
        DeadlineArithmetic a = calendar.arithmetic();
        LocalDate stepwise = a.add(a.add(from, Length.workingDays(n)), Length.workingDays(m));
        assertThat(stepwise).isEqualTo(a.add(from, Length.workingDays(n + m)));
    }

    @Property
    void workdaysBetweenInvertsAddingWorkingDays(
            @ForAll("calendars") EffectiveCalendar calendar,
            @ForAll("dates") LocalDate from,
            @ForAll @IntRange(max = 400) int n) {
        DeadlineArithmetic a = calendar.arithmetic();
        LocalDate due = a.add(from, Length.workingDays(n));
        assertThat(a.workdaysBetween(from, due)).isEqualTo(n);
        assertThat(a.workdaysBetween(due, from)).isEqualTo(-n);
    }

    @Property
    void addingWorkingDaysIsMonotonicInN(
            @ForAll("calendars") EffectiveCalendar calendar,
            @ForAll("dates") LocalDate from,
            @ForAll @IntRange(max = 300) int n) {
        DeadlineArithmetic a = calendar.arithmetic();
        assertThat(a.add(from, Length.workingDays(n + 1))).isAfter(a.add(from, Length.workingDays(n)));
        assertThat(a.add(from, Length.months(n / 10 + 1))).isAfterOrEqualTo(a.add(from, Length.months(n / 10)));
        assertThat(a.add(from, Length.calendarDays(n + 1))).isAfterOrEqualTo(a.add(from, Length.calendarDays(n)));
    }

    @Property
    void civilPeriodsNeverEndOnADayOffAndAreNeverEarlierThanTheCivilDate(
            @ForAll("calendars") EffectiveCalendar calendar,
            @ForAll("dates") LocalDate from,
            @ForAll @IntRange(max = 36) int n,
            @ForAll LengthUnit unit) {
        LocalDate due = calendar.arithmetic().add(from, new Length(n, unit));
        LocalDate civil =
                switch (unit) {
                    case WORKING_DAYS -> from;
                    case CALENDAR_DAYS -> from.plusDays(n);
                    case WEEKS -> from.plusWeeks(n);
                    case MONTHS -> from.plusMonths(n);
                };
        assertThat(due).isAfterOrEqualTo(civil);
        if (unit != LengthUnit.WORKING_DAYS || n > 0) {
            assertThat(calendar.isWorkday(due)).isTrue();
        }
        // only days off lie between the civil date and the due date
        for (LocalDate d = civil; unit != LengthUnit.WORKING_DAYS && d.isBefore(due); d = d.plusDays(1)) {
            assertThat(calendar.isWorkday(d)).isFalse();
        }
    }

    @Property
    void monthsClampToTheLastDayOfShorterMonths(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 24) int n) {
        EffectiveCalendar weekendsOnly = new EffectiveCalendar(HolidayTable.empty(), Map.of());
        LocalDate due = weekendsOnly.arithmetic().add(from, Length.months(n));
        LocalDate civil = from.plusMonths(n);
        assertThat(civil.getDayOfMonth()).isEqualTo(Math.min(from.getDayOfMonth(), civil.lengthOfMonth()));
        assertThat(due).isBetween(civil, civil.plusDays(2));
    }

    @Property
    void workdaysBetweenIsAdditiveAndAntisymmetric(
            @ForAll("calendars") EffectiveCalendar calendar,
            @ForAll("dates") LocalDate a,
            @ForAll("dates") LocalDate b,
            @ForAll("dates") LocalDate c) {
        DeadlineArithmetic arithmetic = calendar.arithmetic();
        assertThat(arithmetic.workdaysBetween(a, b) + arithmetic.workdaysBetween(b, c))
                .isEqualTo(arithmetic.workdaysBetween(a, c));
        assertThat(arithmetic.workdaysBetween(a, b)).isEqualTo(-arithmetic.workdaysBetween(b, a));
    }
}
