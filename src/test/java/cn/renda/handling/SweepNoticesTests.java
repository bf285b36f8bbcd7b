package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.handling.internal.DeadlineSweep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The sweep writes its notices in its own transaction, per congress: they are there when the sweep returns,
 * need no event publication, and are lost with nothing else when the transaction fails; a sweep with nothing
 * to send opens no transaction at all.
 */
class SweepNoticesTests extends HandlingTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ApplicationEventMulticaster multicaster;

    /** An opinion issued to UNIT_1 whose ACCEPT clock is due; returns {case id, clock id} and sets the day after. */
    private long[] overdueOpinion() {
        long id = createOpinion("2023-10-31", true, false).get("id").asLong();
        JsonNode accept = clockOf(caseJson(id), "ACCEPT");
        clock.setDate(LocalDate.parse(accept.get("dueDate").asString()).plusDays(1));
        return new long[] {id, accept.get("id").asLong()};
    }

    private long owner(String sql, Object... params) {
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long escalations(long clockId) {
        return owner("select count(*) from notification.message where dedupe_key = ?", "red:" + clockId);
    }

    private List<String> sweepEvents(long caseId) {
        List<String> found = new ArrayList<>();
        for (JsonNode e : json(get("staff", "/api/v1/cases/" + caseId + "/timeline?size=200"))
                .get("items")) {
            String action = e.get("action").asString();
            if (action.startsWith("CLOCK_YELLOW") || action.startsWith("CLOCK_OVERDUE")) {
                found.add(action);
            }
        }
        return found;
    }

    @Test
    void theEscalationIsWrittenBeforeTheSweepReturnsAndNeedsNoEventPublication() {
        long officer = account("h-unit1");
        long[] overdue = overdueOpinion();
        long publications =
                owner("select count(*) from public.event_publication where event_type like ?", "%ClocksRecoloured");

        assertThat(sweep.runNow()).isPositive();

        // no waiting for a listener: the notices committed with the colours
        assertThat(owner(
                        "select count(*) from notification.message where dedupe_key = ? and account_id = ? and kind = 'OVERDUE'",
                        "red:" + overdue[1],
                        officer))
                .isEqualTo(1);
        assertThat(owner("select count(*) from public.event_publication where event_type like ?", "%ClocksRecoloured"))
                .isEqualTo(publications);
        sweep.runNow();
        assertThat(escalations(overdue[1]))
                .isEqualTo(owner(
                        "select count(distinct account_id) from notification.message where dedupe_key = ?",
                        "red:" + overdue[1]));
    }

    @Test
    void aSweepThatFailsAfterColouringWritesNothingAndTheNextSweepSendsItAll() {
        account("h-unit1");
        long[] overdue = overdueOpinion();
        AtomicReference<String> seenInside = new AtomicReference<>();
        // fails the sweep's transaction after its colours and timeline events are written
        ApplicationListener<ApplicationEvent> failing = e -> {
            if (!(e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ClocksRecoloured)) {
                return;
            }
            seenInside.set(jdbc.sql("select notified from handling.clock where congress_id = ? and id = ?")
                    .params(TenantContext.require(), overdue[1])
                    .query(String.class)
                    .optional()
                    .orElse(seenInside.get()));
            throw new IllegalStateException("test: the sweep fails half-way");
        };
        context.addApplicationListener(failing);
        DeadlineSweep.SweepRun failed;
        try {
            failed = sweep.run();
        } finally {
            multicaster.removeApplicationListener(failing);
        }
        assertThat(failed.failed()).isPositive();
        assertThat(seenInside.get()).isEqualTo("RED");
        assertThat(owner(
                        "select count(*) from handling.clock where id = ? and notified = 'GREEN' and state <> 'OVERDUE'",
                        overdue[1]))
                .isEqualTo(1);
        assertThat(escalations(overdue[1])).isZero();
        assertThat(sweepEvents(overdue[0])).isEmpty();

        var next = sweep.run();
        assertThat(next.failed()).isZero();
        assertThat(escalations(overdue[1])).isPositive();
        assertThat(sweepEvents(overdue[0])).containsExactly("CLOCK_OVERDUE");
        assertThat(json(get("staff", "/api/v1/cases/" + overdue[0] + "/audit"))
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aSweepWithNothingToSendOpensNoTransaction() {
        long[] overdue = overdueOpinion();
        LocalDate today = LocalDate.now(clock);
        long hongshan = congresses.idByCode("hongshan").orElseThrow();
        Long[] both = {jiangxia(), hongshan};
        // the application role, bound to no congress, sees no clock, yet learns which congresses have work
        assertThat(jdbc.sql("select count(*) from handling.clock")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(candidates(both, today)).contains(jiangxia());

        var first = sweep.run();
        assertThat(first.swept()).isPositive();
        assertThat(first.changes()).isPositive();
        assertThat(owner("select count(*) from handling.clock where id = ? and notified = 'RED'", overdue[1]))
                .isEqualTo(1);

        var again = sweep.run();
        assertThat(again.congresses()).isGreaterThanOrEqualTo(2);
        assertThat(again.swept()).isZero();
        assertThat(again.changes()).isZero();
        assertThat(candidates(both, today)).isEmpty();
    }

    private List<Long> candidates(Long[] congressIds, LocalDate today) {
        return jdbc.sql("select * from handling.sweep_congresses(?::bigint[], ?)")
                .params(congressIds, today)
                .query(Long.class)
                .list();
    }
}
