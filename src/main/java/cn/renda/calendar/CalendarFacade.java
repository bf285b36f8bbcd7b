package cn.renda.calendar;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bound congress's calendar for pages, the API and other modules: days by range and overrides. */
@Service
public class CalendarFacade {

    /** Longest range {@link #days} answers (a leap year). */
    public static final int MAX_RANGE_DAYS = 366;

    /** Longest override name or reason. */
    public static final int MAX_NAME_LENGTH = 60;

    /** Override dates are checked against this span to catch typos such as 0227-02-10. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final Map<String, String> SORTS = Map.of("date", "date", "name", "name", "createdAt", "created_at");

    private final EffectiveCalendars calendars;
    private final OverrideRepository overrides;

    CalendarFacade(EffectiveCalendars calendars, OverrideRepository overrides) {
        this.calendars = calendars;
        this.overrides = overrides;
    }

    /** Every date in [from, to] with its kind and name; at most {@link #MAX_RANGE_DAYS} days. */
    @Transactional(readOnly = true)
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "calendar.error.required"));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "calendar.error.required"));
        }
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "calendar.error.range.order"));
        }
        if (problems.isEmpty() && ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            problems.add(new FieldProblem("to", "calendar.error.range.tooLong", MAX_RANGE_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EffectiveCalendar calendar = calendars.current();
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(calendar.day(d));
        }
        return days;
    }

    /** Whether the bundled national data has the State Council's schedule for the year. */
    public boolean hasNationalSchedule(int year) {
        return calendars.national().covers(year);
    }

    /** The years of the bundled national data, ascending. */
    public SortedSet<Integer> nationalYears() {
        return calendars.national().years();
    }

    /** One page of the bound congress's overrides (sort keys: date, name, createdAt; default date). */
    @Transactional(readOnly = true)
    public Page<DayOverride> overrides(PageRequest page) {
        String orderBy = page.orderBy(SORTS, "date");
        return Page.of(overrides.page(orderBy, page.size(), page.offset()), page, overrides.count());
    }

    /** The bound congress's override of the date, if any. */
    @Transactional(readOnly = true)
    public Optional<DayOverride> override(LocalDate date) {
        return overrides.find(date);
    }

    /**
     * Makes a date a working day or a day off for the bound congress. Fails when the date already has an
     * override (409) or when the national schedule already says the same (400, most likely a mistake).
     */
    @Transactional
    public DayOverride addOverride(NewDayOverride command) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = command.date();
        if (date == null) {
            problems.add(new FieldProblem("date", "calendar.error.required"));
        } else if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            problems.add(new FieldProblem("date", "calendar.error.date.range", EARLIEST, LATEST));
        }
        if (command.workday() == null) {
            problems.add(new FieldProblem("workday", "calendar.error.required"));
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "calendar.error.required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "calendar.error.name.length", MAX_NAME_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EffectiveCalendar current = calendars.current();
        CalendarDay day = current.day(date);
        if (day.override()) {
            throw new ConflictException("calendar.error.override.exists", "Override exists for " + date, date);
        }
        boolean workday = command.workday();
        if (day.workday() == workday) {
            throw new InvalidInputException(
                    "workday",
                    workday ? "calendar.error.override.alreadyWorkday" : "calendar.error.override.alreadyOff");
        }
        long congress = TenantContext.require();
        String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse("system");
        if (!overrides.insert(congress, date, workday, name, actor)) {
            // a concurrent request added the same date between our check and the insert
            throw new ConflictException("calendar.error.override.exists", "Override exists for " + date, date);
        }
        overrides.bumpVersion(congress);
        calendars.changed();
        return overrides.find(date).orElseThrow();
    }

    /** Removes the bound congress's override of the date, so the national schedule applies again. */
    @Transactional
    public void removeOverride(LocalDate date) {
        if (overrides.delete(date) == 0) {
            throw new NotFoundException("override", date);
        }
        overrides.bumpVersion(TenantContext.require());
        calendars.changed();
    }
}
