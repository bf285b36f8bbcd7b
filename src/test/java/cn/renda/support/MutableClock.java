package cn.renda.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests can set; {@link #reset()} goes back to the system time. */
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void setDate(LocalDate date) {
        fixed = date.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return fixed == null ? Instant.now() : fixed;
    }
}
