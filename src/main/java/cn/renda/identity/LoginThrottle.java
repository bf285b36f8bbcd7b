package cn.renda.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per user name AND client address: a few failures are free, then each further
 * failure makes that pair wait twice as long as the one before (capped), and an attempt made while waiting is
 * refused without looking at the password and audited. Nobody can lock anyone out: the real owner signing in
 * from another address is not affected. Kept in the database so that every application instance counts the
 * same failures.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int freeFailures;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Duration forgetAfter;

    LoginThrottle(
            JdbcClient jdbc,
            @Value("${renda.login.free-failures:3}") int freeFailures,
            @Value("${renda.login.first-wait-seconds:2}") int firstWaitSeconds,
            @Value("${renda.login.longest-wait-minutes:15}") int longestWaitMinutes,
            @Value("${renda.login.forget-after-hours:24}") int forgetAfterHours) {
        this.jdbc = jdbc;
        this.freeFailures = freeFailures;
        this.firstWait = Duration.ofSeconds(firstWaitSeconds);
        this.longestWait = Duration.ofMinutes(longestWaitMinutes);
        this.forgetAfter = Duration.ofHours(forgetAfterHours);
    }

    /**
     * How long this user name must still wait before trying again from this address, if at all. A refused
     * attempt is written to {@code identity.login_throttled_attempt}.
     */
    Optional<Duration> waiting(String username, String address) {
        record State(int failures, OffsetDateTime waitUntil) {}
        var now = OffsetDateTime.now();
        Optional<State> state = jdbc.sql(
                        "select failures, wait_until from identity.login_throttle where username = ? and address = ?")
                .params(key(username), address(address))
                .query((rs, n) -> new State(rs.getInt(1), rs.getObject(2, OffsetDateTime.class)))
                .optional()
                .filter(s -> s.waitUntil() != null && s.waitUntil().isAfter(now));
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, state.get().waitUntil());
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        jdbc.sql(
                        """
                insert into identity.login_throttled_attempt (username, address, failures, wait_seconds)
                values (?, ?, ?, ?)""")
                .params(key(username), address(address), state.get().failures(), (int) seconds)
                .update();
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Counts a wrong password for this user name and address, and sets the wait it earns. */
    void recordFailure(String username, String address) {
        // The times are parameters: Citus evaluates no stable function (now(), timestamptz ± interval) in the
        // DO UPDATE of a distributed or reference table, and login_throttle is a reference table there.
        var now = OffsetDateTime.now();
        int failures = jdbc.sql(
                        """
                insert into identity.login_throttle (username, address, failures, last_failure_at)
                values (:user, :address, 1, :now)
                on conflict (username, address) do update set
                  failures = case when identity.login_throttle.last_failure_at < :forgotten
                                  then 1 else identity.login_throttle.failures + 1 end,
                  last_failure_at = excluded.last_failure_at
                returning failures""")
                .param("user", key(username))
                .param("address", address(address))
                .param("now", now)
                .param("forgotten", now.minus(forgetAfter))
                .query(Integer.class)
                .single();
        Duration wait = waitAfter(failures);
        if (!wait.isZero()) {
            jdbc.sql("update identity.login_throttle set wait_until = ? where username = ? and address = ?")
                    .params(now.plus(wait), key(username), address(address))
                    .update();
        }
    }

    /** The wait earned by the n-th failure in a row: none while free, then doubling up to the longest. */
    Duration waitAfter(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(beyond - 1, 30));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** A correct password from this address: its failures are forgotten (other addresses keep theirs). */
    void recordSuccess(String username, String address) {
        jdbc.sql("delete from identity.login_throttle where username = ? and address = ?")
                .params(key(username), address(address))
                .update();
    }

    private static String key(String username) {
        // NUL cannot be stored in PostgreSQL text; a Basic header can carry one.
        String name =
                username == null ? "" : username.replace("\u0000", "").trim().toLowerCase();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? "unknown" : address.replace("\u0000", "");
    }
}
