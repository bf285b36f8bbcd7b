package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fault injection: while clients write progress notes, another session keeps terminating the
 * application's database connections. Every write the API acknowledged with 2xx must be in the
 * database afterwards; the others must have answered an error, never a success.
 */
class LostWriteFaultInjectionTests extends FullStackTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void everyAcknowledgedProgressNoteSurvivesTerminatedConnections() throws Exception {
        try (Connection admin =
                DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword())) {
            long suggestion;
            try (var rs = admin.createStatement()
                    .executeQuery("select s.id from suggestion.submission s join identity.account a"
                            + " on a.congress_id = s.congress_id and a.username = 'staff'"
                            + " where s.status = 'REGISTERED' and s.merged_into is null order by s.id limit 1")) {
                assertThat(rs.next()).isTrue();
                suggestion = rs.getLong(1);
            }
            auth("staff"); // the token is made before the faults begin

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger terminated = new AtomicInteger();
            Thread killer = new Thread(() -> {
                try (Connection k =
                        DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword())) {
                    while (writing.get()) {
                        try (var rs = k.createStatement()
                                .executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                                        + " where usename = 'renda_app' and pid <> pg_backend_pid()")) {
                            rs.next();
                            terminated.addAndGet(rs.getInt(1));
                        }
                        Thread.sleep(120);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            killer.start();

            Map<String, Integer> answers = new ConcurrentHashMap<>();
            Map<String, String> bodies = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(6);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                done.add(clients.submit(() -> {
                    String note = "fault-" + UUID.randomUUID();
                    var r = api(
                            "staff",
                            "POST",
                            "/api/v1/suggestions/" + suggestion + "/progress",
                            "{\"note\":\"" + note + "\"}");
                    answers.put(note, r.statusCode());
                    bodies.put(note, r.body());
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            killer.join();
            clients.shutdown();

            List<String> lost = new ArrayList<>();
            int acknowledged = 0;
            for (var e : answers.entrySet()) {
                if (e.getValue() / 100 != 2) {
                    continue;
                }
                acknowledged++;
                try (var ps = admin.prepareStatement("select count(*) from suggestion.progress_note where note = ?")) {
                    ps.setString(1, e.getKey());
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) != 1) {
                            lost.add(e.getKey());
                            System.out.println("LOST " + e.getKey() + " " + e.getValue() + " "
                                    + bodies.get(e.getKey())
                                            .substring(
                                                    0,
                                                    Math.min(
                                                            400,
                                                            bodies.get(e.getKey())
                                                                    .length())));
                        }
                    }
                }
            }
            long failed = answers.values().stream().filter(s -> s / 100 != 2).count();
            System.out.printf(
                    "fault injection: %d writes, %d acknowledged, %d refused, %d connections terminated, %d lost%n",
                    answers.size(), acknowledged, failed, terminated.get(), lost.size());
            assertThat(terminated.get()).as("connections terminated").isPositive();
            assertThat(acknowledged).as("some writes still succeed").isPositive();
            assertThat(lost).as("acknowledged but not in the database").isEmpty();
            // A refused write says the database was away (503, retry later), never a success.
            assertThat(answers.values()).allMatch(s -> s / 100 == 2 || s == 503);
        }
    }
}
