/**
 * The working-day calendar: China's statutory holidays and make-up working days, per-congress
 * overrides, and deadline arithmetic. Its API is {@link cn.renda.calendar.WorkingCalendar}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"core", "identity"})
package cn.renda.calendar;
