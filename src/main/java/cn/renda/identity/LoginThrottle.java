package cn.renda.identity;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks a user name after repeated failed logins for a while. Kept in the database so that every
 * application instance counts the same failures.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            @Value("${renda.login.max-failures:5}") int maxFailures,
            @Value("${renda.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    boolean isLocked(String username) {
        return jdbc.sql("select 1 from identity.login_failure where key = ? and locked_until > now()")
                .param(key(username))
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    void recordFailure(String username) {
        // The times are parameters: Citus evaluates no stable function (now(), timestamptz ± interval) in the
        // DO UPDATE of a distributed or reference table, and login_failure is a reference table there.
        var now = java.time.OffsetDateTime.now();
        jdbc.sql(
                        """
                insert into identity.login_failure (key, failures, first_at) values (:key, 1, :now)
                on conflict (key) do update set
                  failures = case when identity.login_failure.first_at < :since
                                  then 1 else identity.login_failure.failures + 1 end,
                  first_at = case when identity.login_failure.first_at < :since
                                  then excluded.first_at else identity.login_failure.first_at end,
                  locked_until = case when identity.login_failure.first_at >= :since
                                       and identity.login_failure.failures + 1 >= :max
                                  then :until else identity.login_failure.locked_until end
                """)
                .param("key", key(username))
                .param("now", now)
                .param("since", now.minus(window))
                .param("until", now.plus(window))
                .param("max", maxFailures)
                .update();
    }

    void recordSuccess(String username) {
        jdbc.sql("delete from identity.login_failure where key = ?")
                .param(key(username))
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
