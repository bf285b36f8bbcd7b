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
 * to send opens no transaction at all. The notices are a digest: one message per recipient and sweep naming
 * every case whose clock changed colour for them, in the recipient's language.
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

    /** The sweep's messages (digests) naming the case, to anyone. */
    private long escalations(long caseId) {
        return owner(
                "select count(*) from notification.message where dedupe_key like 'sweep:%' and kind = 'OVERDUE'"
                        + " and body like ?",
                "%" + caseJson(caseId).get("number").asString() + "%");
    }

    private void exec(String sql, Object... params) {
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        String number = "%" + caseJson(overdue[0]).get("number").asString() + "%";
        assertThat(owner(
                        "select count(*) from notification.message where dedupe_key like 'sweep:%' and account_id = ?"
                                + " and kind = 'OVERDUE' and body like ?",
                        officer, number))
                .isEqualTo(1);
        assertThat(owner("select count(*) from public.event_publication where event_type like ?", "%ClocksRecoloured"))
                .isEqualTo(publications);
        long before = escalations(overdue[0]);
        sweep.runNow();
        assertThat(escalations(overdue[0])).isEqualTo(before);
        assertThat(before)
                .isEqualTo(owner(
                        "select count(distinct account_id) from notification.message where dedupe_key like 'sweep:%'"
                                + " and body like ?",
                        number));
    }

    @Test
    void aRedAndAYellowClockOfOneUnitMakeOneDigestInEachOfficersLanguageAndASecondSweepWritesNothing() {
        long officer = account("h-unit1");
        long english = englishOfficerOfUnit1();
        long red = createOpinion("2023-10-31", true, false).get("id").asLong();
        long yellow = createOpinion("2023-10-31", true, false).get("id").asLong();
        long redClock = clockOf(caseJson(red), "ACCEPT").get("id").asLong();
        long yellowClock = clockOf(caseJson(yellow), "ACCEPT").get("id").asLong();
        LocalDate day = LocalDate.parse(
                        clockOf(caseJson(red), "ACCEPT").get("dueDate").asString())
                .plusDays(1);
        // first everything else due by that day is swept, with both clocks pushed out of reach
        exec(
                "update handling.clock set yellow_from = ?, due_date = ? where id in (?, ?)",
                day.plusDays(30),
                day.plusDays(40),
                redClock,
                yellowClock);
        clock.setDate(day);
        sweep.runNow();
        // then one clock overdue and one in its reminder window, the same day (dates written with the window open,
        // so marked for the sweep's check as the engine marks them: the sweep's ranges start at its last day)
        exec(
                "update handling.clock set yellow_from = ?, due_date = ?, sweep_check = true where id = ?",
                day.minusDays(5),
                day.minusDays(1),
                redClock);
        exec(
                "update handling.clock set yellow_from = ?, due_date = ?, sweep_check = true where id = ?",
                day.minusDays(1),
                day.plusDays(5),
                yellowClock);
        long messages = owner("select coalesce(max(id), 0) from notification.message");

        assertThat(sweep.runNow()).isEqualTo(2);

        String redNumber = caseJson(red).get("number").asString();
        String yellowNumber = caseJson(yellow).get("number").asString();
        assertThat(owner(
                        "select count(*) from notification.message where id > ? and account_id = ?", messages, officer))
                .isEqualTo(1);
        assertThat(text("subject", messages, officer)).isEqualTo("超期督办:1 件办理期限已变黄、1 件已超期");
        assertThat(text("body", messages, officer))
                .startsWith("您有 1 件办理期限已变黄、1 件已超期:" + redNumber + "《")
                .contains("(已超期)、" + yellowNumber + "《")
                .contains("(期限临近)");
        assertThat(text("link", messages, officer)).isEqualTo("/cases?colour=RED");
        assertThat(owner(
                        "select count(*) from notification.message where id > ? and account_id = ?", messages, english))
                .isEqualTo(1);
        assertThat(text("subject", messages, english))
                .isEqualTo("Escalation: 1 case turned yellow and 1 case is overdue");
        assertThat(text("body", messages, english))
                .startsWith("1 case turned yellow and 1 case is overdue: " + redNumber + " “")
                .contains("(overdue), " + yellowNumber + " “")
                .doesNotContain("超期");
        // the office hears of the red case only; nobody is told twice
        assertThat(owner(
                        "select count(*) from notification.message where id > ? and body like ?",
                        messages,
                        "%" + yellowNumber + "%"))
                .isEqualTo(2);
        assertThat(owner(
                        "select count(*) - count(distinct account_id) from notification.message where id > ?",
                        messages))
                .isZero();

        long afterFirst = owner("select coalesce(max(id), 0) from notification.message");
        long outbox = owner("select coalesce(max(id), 0) from notification.outbox");
        assertThat(sweep.runNow()).isZero();
        assertThat(owner("select count(*) from notification.message where id > ?", afterFirst))
                .isZero();
        assertThat(owner("select count(*) from notification.outbox where id > ?", outbox))
                .isZero();
    }

    private String text(String column, long after, long account) {
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select " + column + " from notification.message where id > ? and account_id = ?")) {
            ps.setLong(1, after);
            ps.setLong(2, account);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A second officer of UNIT_1 who reads English. */
    private long englishOfficerOfUnit1() {
        long id = TenantContext.callAs(
                jiangxia(), () -> accounts.list("h-unit1-en", cn.renda.core.PageRequest.first()).items().stream()
                        .filter(a -> a.username().equals("h-unit1-en"))
                        .map(a -> a.id())
                        .findFirst()
                        .orElseGet(() -> accounts.create(new cn.renda.identity.NewAccount(
                                "h-unit1-en",
                                DEMO_PASSWORD,
                                "h-unit1-en",
                                java.util.Set.of(cn.renda.identity.Role.UNIT),
                                null,
                                UNIT_1,
                                null,
                                null))));
        exec("update identity.account set locale = 'en' where id = ?", id);
        return id;
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
        assertThat(escalations(overdue[0])).isZero();
        assertThat(sweepEvents(overdue[0])).isEmpty();

        var next = sweep.run();
        assertThat(next.failed()).isZero();
        assertThat(escalations(overdue[0])).isPositive();
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
