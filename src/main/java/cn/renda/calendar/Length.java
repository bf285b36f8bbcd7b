package cn.renda.calendar;

/** A deadline length such as 7 working days or 3 months. */
public record Length(int amount, LengthUnit unit) {

    public Length {
        if (amount < 0) {
            throw new IllegalArgumentException("negative length " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit required");
        }
    }

    public static Length calendarDays(int n) {
        return new Length(n, LengthUnit.CALENDAR_DAYS);
    }

    public static Length workingDays(int n) {
        return new Length(n, LengthUnit.WORKING_DAYS);
    }

    public static Length weeks(int n) {
        return new Length(n, LengthUnit.WEEKS);
    }

    public static Length months(int n) {
        return new Length(n, LengthUnit.MONTHS);
    }
}
