package cn.renda.handling;

import cn.renda.core.DomainException;
import java.time.LocalDate;

/** A unit tried to return (退办) its assignment after the return window's last day: 422 naming that day. */
public class ReturnWindowClosedException extends DomainException {

    private final LocalDate lastDay;

    public ReturnWindowClosedException(LocalDate lastDay) {
        super("handling.error.returnWindow", "Return window ended on " + lastDay, lastDay.toString());
        this.lastDay = lastDay;
    }

    /** The last day a return was allowed. */
    public LocalDate lastDay() {
        return lastDay;
    }
}
