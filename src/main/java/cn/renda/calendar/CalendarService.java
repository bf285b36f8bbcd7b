package cn.renda.calendar;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link WorkingCalendar} on the calendar of the congress bound to {@link cn.renda.core.TenantContext};
 * the rules are documented on the interface.
 */
@Service
@Transactional(readOnly = true)
class CalendarService implements WorkingCalendar {

    private final EffectiveCalendars calendars;

    CalendarService(EffectiveCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public boolean isWorkday(LocalDate date) {
        return calendars.current().isWorkday(date);
    }

    @Override
    public LocalDate add(LocalDate from, Length length) {
        return calendars.current().arithmetic().add(from, length);
    }

    @Override
    public long workdaysBetween(LocalDate from, LocalDate to) {
        return calendars.current().arithmetic().workdaysBetween(from, to);
    }
}
