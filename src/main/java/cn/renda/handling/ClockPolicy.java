package cn.renda.handling;

import cn.renda.calendar.Length;
import java.util.List;

/** Default deadline of a clock: its length on the congress calendar and the reminder lead times before due. */
public record ClockPolicy(ClockName clock, Length length, List<Length> reminderLeads) {

    public ClockPolicy {
        reminderLeads = reminderLeads == null ? List.of() : List.copyOf(reminderLeads);
    }
}
