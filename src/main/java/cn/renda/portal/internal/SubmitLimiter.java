package cn.renda.portal.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-address limit of public submissions: at most {@code limit} in a window of one minute from an address's
 * first submission. Counted in the database ({@code portal.submit_window}, one upsert per submission) so that
 * every application instance shares the same window.
 */
@Component
public class SubmitLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration KEEP = Duration.ofHours(1);

    private final int limit;
    private final JdbcClient jdbc;

    SubmitLimiter(@Value("${renda.portal.submits-per-minute:20}") int limit, JdbcClient jdbc) {
        this.limit = limit;
        this.jdbc = jdbc;
    }

    /** Counts a submission from the address; false when it is over the limit (and must be refused). */
    public boolean tryAcquire(String address) {
        // the times are parameters: Citus evaluates no now() in the DO UPDATE of a reference table
        OffsetDateTime now = OffsetDateTime.now();
        int submissions = jdbc.sql(
                        """
                insert into portal.submit_window (address, window_start, submissions) values (:address, :now, 1)
                on conflict (address) do update set
                  submissions = case when portal.submit_window.window_start <= :expired
                                     then 1 else portal.submit_window.submissions + 1 end,
                  window_start = case when portal.submit_window.window_start <= :expired
                                      then excluded.window_start else portal.submit_window.window_start end
                returning submissions""")
                .param("address", key(address))
                .param("now", now)
                .param("expired", now.minus(WINDOW))
                .query(Integer.class)
                .single();
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            jdbc.sql("delete from portal.submit_window where window_start < ?")
                    .param(now.minus(KEEP))
                    .update();
        }
        return submissions <= limit;
    }

    /** Forgets an address (tests start from a clean window). */
    public void forget(String address) {
        jdbc.sql("delete from portal.submit_window where address = ?")
                .param(key(address))
                .update();
    }

    private static String key(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.replace("\u0000", "");
        return a.length() > 100 ? a.substring(0, 100) : a;
    }
}
