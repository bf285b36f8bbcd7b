package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database dies under a running application: requests fail fast with 503 problem+json, health
 * turns DOWN, and the application starts the embedded server again and serves without a restart.
 */
class DatabaseOutageTests extends FullStackTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void outageAnswers503FastThenServiceComesBackByItself() throws Exception {
        String token = auth("staff");
        assertThat(get("staff", "/api/v1/suggestions").statusCode()).isEqualTo(200);
        // The test server runs with synchronous_commit off: a commit made just before the kill (the token
        // above, when this test runs first) could be lost with the postmaster, so make it durable first.
        try (var c = java.sql.DriverManager.getConnection(
                        server.jdbcUrl("renda"), "postgres", server.superuserPassword());
                var st = c.createStatement()) {
            st.execute("checkpoint");
        }
        server.holdRestarts(true);
        try {
            long pid = server.postmasterPid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            Instant deadline = Instant.now().plusSeconds(30);
            while (server.isRunning() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(server.isRunning()).isFalse();

            Instant t0 = Instant.now();
            var list = get("staff", "/api/v1/suggestions");
            Duration took = Duration.between(t0, Instant.now());
            assertThat(list.statusCode()).isEqualTo(503);
            assertThat(list.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(list.headers().firstValue("Retry-After")).isPresent();
            assertThat(took).isLessThan(Duration.ofSeconds(8));

            var write = api("staff", "POST", "/api/v1/suggestions/1/progress", "{\"note\":\"during outage\"}");
            assertThat(write.statusCode()).isEqualTo(503);

            t0 = Instant.now();
            var health = get(null, "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(Duration.between(t0, Instant.now())).isLessThan(Duration.ofSeconds(8));
            assertThat(token).isNotBlank();
        } finally {
            server.holdRestarts(false);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = get("staff", "/api/v1/suggestions").statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(status).as("served again without restarting the application").isEqualTo(200);
        assertThat(get(null, "/actuator/health").statusCode()).isEqualTo(200);
    }
}
