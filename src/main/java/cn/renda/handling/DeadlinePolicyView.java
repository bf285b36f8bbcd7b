package cn.renda.handling;

import cn.renda.calendar.Length;
import java.util.List;

/** The deadline of one clock of a kind in the bound congress; {@code custom} when the congress overrides the default. */
public record DeadlinePolicyView(
        String kind, ClockName clock, Length length, List<Length> reminderLeads, boolean custom) {}
