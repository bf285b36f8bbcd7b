package cn.renda.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.core.DomainException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of the deadline rules on the bundled national data (no Spring). */
class DeadlineArithmeticTests {

    private final EffectiveCalendar national = new EffectiveCalendar(HolidayTable.national(), Map.of());
    private final DeadlineArithmetic arithmetic = national.arithmetic();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void fiveWorkingDaysAfterTheFridayBeforeSpringFestival2023CountTheMakeUpWeekend() {
        assertThat(arithmetic.add(d("2023-01-20"), Length.workingDays(5))).isEqualTo(d("2023-02-01"));
        assertThat(arithmetic.workdaysBetween(d("2023-01-20"), d("2023-02-01"))).isEqualTo(5);
        assertThat(arithmetic.workdaysBetween(d("2023-02-01"), d("2023-01-20"))).isEqualTo(-5);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Spring Festival 2023: off 21–27 Jan, make-up Sat 28 / Sun 29 Jan
        "2023-01-20, 1, 2023-01-28",
        "2023-01-20, 2, 2023-01-29",
        "2023-01-21, 1, 2023-01-28",
        // Spring Festival 2024: make-up Sun 4 Feb, off 10–17 Feb, make-up Sun 18 Feb
        "2024-02-03, 1, 2024-02-04",
        "2024-02-09, 1, 2024-02-18",
        "2024-02-09, 2, 2024-02-19",
        // Spring Festival 2025: make-up Sun 26 Jan, off 28 Jan – 4 Feb, make-up Sat 8 Feb
        "2025-01-24, 1, 2025-01-26",
        "2025-01-27, 1, 2025-02-05",
        "2025-02-07, 1, 2025-02-08",
        // Spring Festival 2026: make-up Sat 14 Feb, off 15–23 Feb, make-up Sat 28 Feb
        "2026-02-13, 1, 2026-02-14",
        "2026-02-13, 2, 2026-02-24",
        "2026-02-27, 1, 2026-02-28",
        // National Day 2023 (with Mid-Autumn): off 29 Sep – 6 Oct, make-up Sat 7 / Sun 8 Oct
        "2023-09-28, 1, 2023-10-07",
        "2023-09-28, 3, 2023-10-09",
        // National Day 2024: make-up Sun 29 Sep, off 1–7 Oct, make-up Sat 12 Oct
        "2024-09-27, 1, 2024-09-29",
        "2024-09-30, 1, 2024-10-08",
        "2024-10-11, 1, 2024-10-12",
        // National Day 2025: make-up Sun 28 Sep, off 1–8 Oct, make-up Sat 11 Oct
        "2025-09-26, 1, 2025-09-28",
        "2025-09-30, 1, 2025-10-09",
        "2025-10-10, 1, 2025-10-11",
        // 2019.json lists the 2019 New Year make-up day Sat 2018-12-29 and the days off 30–31 Dec 2018
        "2018-12-28, 1, 2018-12-29",
        "2018-12-29, 1, 2019-01-02",
        // zero working days is the start itself, even on a day off
        "2023-01-22, 0, 2023-01-22"
    })
    void addsWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertThat(arithmetic.add(from, Length.workingDays(n))).isEqualTo(expected);
        assertThat(arithmetic.workdaysBetween(from, expected)).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
        // end of month clamps to the month's last day (民法典 第二百零二条)
        "2023-01-31, 1, MONTHS, 2023-02-28",
        "2024-01-31, 1, MONTHS, 2024-02-29",
        "2024-02-29, 12, MONTHS, 2025-02-28",
        "2025-01-31, 1, MONTHS, 2025-02-28",
        // 2026-02-28 is a Saturday, but a make-up working day: the period ends there
        "2026-01-31, 1, MONTHS, 2026-02-28",
        // 2023-09-30 is in the National Day break: the period ends on the next working day, Sat 7 Oct
        "2023-08-31, 1, MONTHS, 2023-10-07",
        // 3 months from a date whose due day falls on Spring Festival 2025
        "2024-10-31, 3, MONTHS, 2025-02-05",
        // an ordinary weekend moves to Monday
        "2023-05-10, 1, MONTHS, 2023-06-12",
        "2023-02-11, 1, MONTHS, 2023-03-13",
        // a make-up Saturday is worked: the period ends there
        "2023-04-06, 1, MONTHS, 2023-05-06",
        // calendar days and weeks
        "2023-09-22, 7, CALENDAR_DAYS, 2023-10-07",
        "2023-01-20, 10, CALENDAR_DAYS, 2023-01-30",
        "2023-01-19, 10, CALENDAR_DAYS, 2023-01-29",
        "2024-09-24, 1, WEEKS, 2024-10-08",
        "2023-03-01, 2, WEEKS, 2023-03-15",
        "2023-10-01, 0, CALENDAR_DAYS, 2023-10-07"
    })
    void addsCivilPeriodsAndMovesOffDaysToTheNextWorkingDay(
            LocalDate from, int n, LengthUnit unit, LocalDate expected) {
        assertThat(arithmetic.add(from, new Length(n, unit))).isEqualTo(expected);
    }

    @Test
    void classifiesHolidaysMakeUpDaysWeekendsAndWorkdays() {
        assertThat(national.day(d("2023-01-23")))
                .isEqualTo(new CalendarDay(d("2023-01-23"), false, DayKind.HOLIDAY, "春节", false));
        assertThat(national.day(d("2023-01-28")))
                .isEqualTo(new CalendarDay(d("2023-01-28"), true, DayKind.MAKEUP_WORKDAY, "春节", false));
        assertThat(national.day(d("2023-01-21")))
                .isEqualTo(new CalendarDay(d("2023-01-21"), false, DayKind.WEEKEND, "春节", false));
        assertThat(national.day(d("2023-02-04")))
                .isEqualTo(new CalendarDay(d("2023-02-04"), false, DayKind.WEEKEND, null, false));
        assertThat(national.day(d("2023-02-06")))
                .isEqualTo(new CalendarDay(d("2023-02-06"), true, DayKind.WORKDAY, null, false));
        // the file year is the notice year: 2023.json lists Saturday 2022-12-31 as New Year's day off
        assertThat(national.day(d("2022-12-31")).name()).isEqualTo("元旦");
    }

    @Test
    void treatsTheListedWorkingMonday2020AsAnOrdinaryWorkday() {
        assertThat(national.day(d("2020-02-03")))
                .isEqualTo(new CalendarDay(d("2020-02-03"), true, DayKind.WORKDAY, null, false));
        assertThat(national.isWorkday(d("2020-02-02"))).isFalse();
        assertThat(arithmetic.add(d("2020-01-23"), Length.workingDays(1))).isEqualTo(d("2020-02-03"));
    }

    @Test
    void coversTheNoticeYears2019To2026Only() {
        HolidayTable table = HolidayTable.national();
        assertThat(table.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(table.covers(2027)).isFalse();
        // without a notice only weekends are off: 1 January 2027 is a Friday and a working day
        assertThat(national.isWorkday(d("2027-01-01"))).isTrue();
    }

    @Test
    void overridesWinOverTheNationalSchedule() {
        Map<LocalDate, EffectiveCalendar.Override> overrides = new HashMap<>();
        overrides.put(d("2027-01-01"), new EffectiveCalendar.Override(false, "元旦"));
        overrides.put(d("2023-01-28"), new EffectiveCalendar.Override(false, "区内调休"));
        overrides.put(d("2023-02-04"), new EffectiveCalendar.Override(true, "补班"));
        EffectiveCalendar local = new EffectiveCalendar(HolidayTable.national(), overrides);

        assertThat(local.day(d("2027-01-01")))
                .isEqualTo(new CalendarDay(d("2027-01-01"), false, DayKind.HOLIDAY, "元旦", true));
        assertThat(local.day(d("2023-01-28")))
                .isEqualTo(new CalendarDay(d("2023-01-28"), false, DayKind.WEEKEND, "区内调休", true));
        assertThat(local.day(d("2023-02-04")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(local.arithmetic().add(d("2023-01-20"), Length.workingDays(5)))
                .isEqualTo(d("2023-02-02"));
        assertThat(local.arithmetic().add(d("2026-12-31"), Length.workingDays(1)))
                .isEqualTo(d("2027-01-04"));
    }

    @Test
    void refusesToSearchForeverWhenNoWorkingDayFollows() {
        DeadlineArithmetic never = new DeadlineArithmetic(date -> false);
        assertThatThrownBy(() -> never.add(d("2023-01-01"), Length.workingDays(1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("No working day");
    }

    @Test
    void rejectsContradictingHolidayData() {
        String a =
                "{\"year\":2030,\"papers\":[],\"days\":[{\"name\":\"x\",\"date\":\"2030-01-05\",\"isOffDay\":true}]}";
        String b =
                "{\"year\":2031,\"papers\":[],\"days\":[{\"name\":\"y\",\"date\":\"2030-01-05\",\"isOffDay\":false}]}";
        assertThatThrownBy(() -> HolidayTable.parse(List.of(
                        new ByteArrayInputStream(a.getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayInputStream(b.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2030-01-05");
    }
}
