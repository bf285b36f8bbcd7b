package cn.renda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.RendaApplication;
import cn.renda.core.TenantContext;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseBatch;
import cn.renda.handling.CaseWriteContributor;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices from engine events reach the inbox and, through the outbox, a real SMTP server (GreenMail). */
class NotificationTests extends FullStackTest {

    private static final int SMTP_PORT = freePort();
    private static final AtomicLong UNIT_IDS = new AtomicLong(70_000 + System.nanoTime() % 10_000);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AccountFacade accounts;

    @Autowired
    CongressFacade congresses;

    @Autowired
    NotificationFacade notifications;

    @Autowired
    OutboxSender outbox;

    @Autowired
    DailyDigest digest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.renda.core.db.EmbeddedPostgresServer postgres;

    @Test
    void anAssignmentReachesTheUnitOfficersInboxAndMailbox() throws Exception {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, "officer" + unit + "@unit.example");
        publish(new CaseAssigned(
                jiangxia(),
                42,
                "SUPERVISION_OPINION",
                "江夏人大〔2023〕审议意见第42号",
                List.of(new UnitAssignment(unit, AssignmentRole.LEAD))));

        await(() -> inJiangxia(() -> notifications.unreadCount(officer)) == 1);
        var item = inJiangxia(() -> notifications.inbox(officer, true, cn.renda.core.PageRequest.first()))
                .items()
                .get(0);
        assertThat(item.subject()).contains("江夏人大〔2023〕审议意见第42号");
        assertThat(item.link()).isEqualTo("/cases/42");

        outbox.sendPending();
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain("officer" + unit + "@unit.example");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains("新交办");
    }

    @Test
    void aStepsNoticeIsInTheInboxWhenTheStepCommitsWithoutAPublicationRow() {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, null);
        long publications = publicationsOf("CaseAssigned");
        publish(new CaseAssigned(
                jiangxia(), 46, "SUPERVISION_OPINION", "第46号", List.of(new UnitAssignment(unit, AssignmentRole.LEAD))));

        // No waiting: the notice was written in the step's own transaction, before it committed.
        assertThat(inJiangxia(() -> notifications.unreadCount(officer))).isEqualTo(1);
        assertThat(publicationsOf("CaseAssigned")).isEqualTo(publications);
    }

    @Test
    void aStepThatRollsBackLeavesNoNotice() {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, null);
        TenantContext.runAs(jiangxia(), () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new CaseAssigned(
                    jiangxia(),
                    47,
                    "SUPERVISION_OPINION",
                    "第47号",
                    List.of(new UnitAssignment(unit, AssignmentRole.LEAD))));
            status.setRollbackOnly();
        }));

        sleep(500);
        assertThat(inJiangxia(() -> notifications.unreadCount(officer))).isZero();
    }

    @Test
    void aRedeliveredEventNotifiesOnlyOnce() {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, null);
        var event = new CaseAssigned(
                jiangxia(), 43, "SUPERVISION_OPINION", "第43号", List.of(new UnitAssignment(unit, AssignmentRole.CO)));
        publish(event);
        publish(event);
        await(() -> inJiangxia(() -> notifications.unreadCount(officer)) >= 1);
        sleep(1500);
        assertThat(inJiangxia(() -> notifications.unreadCount(officer))).isEqualTo(1);
    }

    @Test
    void anOverdueClockEscalatesToTheUnitStaffAndLeaders() {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, null);
        long clockId = 900_000 + unit;
        publish(overdue(
                jiangxia(),
                created(900_044, 44),
                "SUPERVISION_OPINION",
                clockId,
                ClockName.RESULT,
                unit,
                LocalDate.of(2023, 10, 7)));
        await(() -> inJiangxia(() -> notifications.unreadCount(officer)) == 1);
        var staffInbox = get("staff", "/api/v1/inbox?unread=true&size=100");
        assertThat(staffInbox.statusCode()).isEqualTo(200);
        assertThat(staffInbox.body()).contains("超期督办:1 件已超期").contains("测试〔2023〕第44号《测试办件》");
        await(() -> get("leader", "/api/v1/inbox?unread=true&size=100").body().contains("测试〔2023〕第44号《测试办件》"));
        // Another congress sees nothing of it.
        assertThat(get("hs-staff", "/api/v1/inbox?size=100").body()).doesNotContain("测试〔2023〕第44号");
    }

    @Test
    void oneSweepEventSendsEachRecipientOneDigestNamingTheirCases() {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, null);
        long other = UNIT_IDS.incrementAndGet();
        long otherOfficer = officer(other, null);
        var event = new ClocksRecoloured(
                jiangxia(),
                LocalDate.of(2026, 2, 20),
                RUNS.incrementAndGet(),
                List.of(
                        new ClocksRecoloured.ClockChange(
                                created(900_047, 47),
                                "测试〔2023〕第47号",
                                "测试办件",
                                "SUPERVISION_OPINION",
                                600_000 + unit,
                                ClockName.PLAN,
                                unit,
                                LocalDate.of(2026, 3, 2),
                                Colour.YELLOW),
                        new ClocksRecoloured.ClockChange(
                                created(900_048, 48),
                                "测试〔2023〕第48号",
                                "测试办件",
                                "SUPERVISION_OPINION",
                                600_000 + other,
                                ClockName.RESULT,
                                other,
                                LocalDate.of(2026, 3, 3),
                                Colour.YELLOW),
                        new ClocksRecoloured.ClockChange(
                                created(900_049, 49),
                                "测试〔2023〕第49号",
                                "测试办件",
                                "SUPERVISION_OPINION",
                                500_000 + unit,
                                ClockName.REPLY,
                                unit,
                                LocalDate.of(2026, 1, 5),
                                Colour.RED)));
        publish(event);
        publish(event); // redelivered: the digest's key (per recipient and sweep run) keeps it to one
        // the inbox shows a message in the reader's language of the moment: read as a Chinese reader
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        // the first unit: one message naming its yellow and its red case, the red one first
        assertThat(inJiangxia(() -> notifications.unreadCount(officer))).isEqualTo(1);
        var digest = inJiangxia(() -> notifications.inbox(officer, true, cn.renda.core.PageRequest.first()))
                .items()
                .get(0);
        assertThat(digest.kind()).isEqualTo("OVERDUE");
        assertThat(digest.subject()).isEqualTo("超期督办:1 件办理期限已变黄、1 件已超期");
        assertThat(digest.body())
                .startsWith("您有 1 件办理期限已变黄、1 件已超期:测试〔2023〕第49号《测试办件》(已超期)、" + "测试〔2023〕第47号《测试办件》(期限临近)。");
        assertThat(digest.link()).isEqualTo("/cases?colour=RED");
        // the other unit: a reminder of its yellow case only, linking to its yellow cases
        assertThat(inJiangxia(() -> notifications.unreadCount(otherOfficer))).isEqualTo(1);
        var reminder = inJiangxia(() -> notifications.inbox(otherOfficer, true, cn.renda.core.PageRequest.first()))
                .items()
                .get(0);
        assertThat(reminder.subject()).isEqualTo("期限提醒:1 件办理期限已变黄");
        assertThat(reminder.body()).contains("测试〔2023〕第48号《测试办件》").doesNotContain("第47号");
        assertThat(reminder.link()).isEqualTo("/cases?colour=YELLOW");
        // staff and leaders hear of the red case only, with a link to their overdue list
        String staff = get("staff", "/api/v1/inbox?unread=true&size=100").body();
        assertThat(staff)
                .contains("超期督办:1 件已超期")
                .contains("测试〔2023〕第49号")
                .contains("/todo?list=OVERDUE")
                .doesNotContain("测试〔2023〕第47号")
                .doesNotContain("测试〔2023〕第48号");
        assertThat(get("leader", "/api/v1/inbox?unread=true&size=100").body()).contains("测试〔2023〕第49号");
        // e-mail and SMS: one each per recipient and sweep (the officers have no address or number here)
        assertThat(owner("select count(*) from notification.message where dedupe_key = ?", event.digestKey()))
                .isEqualTo(owner(
                        "select count(distinct account_id) from notification.message where dedupe_key = ?",
                        event.digestKey()));
    }

    @Test
    void aDigestNamesTheFirstCasesAndCountsTheRest() {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, null);
        List<ClocksRecoloured.ClockChange> changes = new java.util.ArrayList<>();
        for (int n = 60; n < 65; n++) {
            changes.add(new ClocksRecoloured.ClockChange(
                    created(900_000 + n, n),
                    "测试〔2023〕第" + n + "号",
                    "关于进一步加强城区老旧小区改造和背街小巷环境整治工作的建议" + n,
                    "SUPERVISION_OPINION",
                    610_000 + unit * 10 + n,
                    ClockName.REPLY,
                    unit,
                    LocalDate.of(2026, 3, 2),
                    Colour.YELLOW));
        }
        publish(new ClocksRecoloured(jiangxia(), LocalDate.of(2026, 2, 20), RUNS.incrementAndGet(), changes));
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        var zh = inJiangxia(() -> notifications.inbox(officer, true, cn.renda.core.PageRequest.first()))
                .items();
        assertThat(zh).hasSize(1);
        assertThat(zh.get(0).subject()).isEqualTo("期限提醒:5 件办理期限已变黄");
        assertThat(zh.get(0).body())
                .contains("测试〔2023〕第64号《关于进一步加强城区老旧小区改造和背街小巷环境整治…》、测试〔2023〕第63号")
                .contains("第62号")
                .doesNotContain("第61号")
                .contains("等 5 件。");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            var en = inJiangxia(() -> notifications.inbox(officer, true, cn.renda.core.PageRequest.first()))
                    .items()
                    .get(0);
            assertThat(en.subject()).isEqualTo("Deadline reminder: 5 cases turned yellow");
            assertThat(en.body())
                    .startsWith("5 cases turned yellow: 测试〔2023〕第64号 “")
                    .contains(" and 2 more.")
                    .doesNotContain("、")
                    .doesNotContain("等");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aNoticeIsReadInTheLanguageTheReaderHasNowNotTheOneItWasSentIn() {
        long unit = UNIT_IDS.incrementAndGet();
        long officer = officer(unit, null);
        publish(overdue(
                jiangxia(),
                created(900_046, 46),
                "SUPERVISION_OPINION",
                700_000 + unit,
                ClockName.REPLY,
                unit,
                LocalDate.of(2024, 3, 1)));
        await(() -> inJiangxia(() -> notifications.unreadCount(officer)) == 1);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        var zh = inJiangxia(() -> notifications.inbox(officer, true, cn.renda.core.PageRequest.first()))
                .items()
                .get(0);
        assertThat(zh.subject()).isEqualTo("超期督办:1 件已超期");
        assertThat(zh.body()).contains("测试〔2023〕第46号《测试办件》").doesNotContain("REPLY");
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
            var en = inJiangxia(() -> notifications.inbox(officer, true, cn.renda.core.PageRequest.first()))
                    .items()
                    .get(0);
            assertThat(en.subject()).isEqualTo("Escalation: 1 case is overdue");
            assertThat(en.body())
                    .isEqualTo("1 case is overdue: 测试〔2023〕第46号 “测试办件”. See them in your list and act in time.");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void inboxApiMarksMessagesReadAndRefusesOthersMessages() {
        long unit = UNIT_IDS.incrementAndGet();
        officer(unit, null);
        publish(overdue(
                jiangxia(),
                created(900_045, 45),
                "SUPERVISION_OPINION",
                800_000 + unit,
                ClockName.PLAN,
                unit,
                LocalDate.of(2024, 2, 18)));
        await(() -> get("staff", "/api/v1/inbox?unread=true&size=100").body().contains("测试〔2023〕第45号"));
        String body = get("staff", "/api/v1/inbox?unread=true&size=100").body();
        long id = Long.parseLong(body.replaceAll(
                "(?s).*?\"id\":(\\d+),\"kind\":\"OVERDUE\",\"subject\":\"[^\"]*\",\"body\":\"[^\"]*测试〔2023〕第45号.*",
                "$1"));
        assertThat(api("leader", "POST", "/api/v1/inbox/" + id + "/read", null).statusCode())
                .isEqualTo(404);
        assertThat(api("hs-staff", "POST", "/api/v1/inbox/" + id + "/read", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api("staff", "POST", "/api/v1/inbox/" + id + "/read", null).statusCode())
                .isEqualTo(200);
        var page = login("staff").page("/inbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("测试〔2023〕第45号");
    }

    @Test
    void theDailyDigestRunsOnceWithTwoInstancesOnOneDatabase() throws Exception {
        long unit = UNIT_IDS.incrementAndGet();
        String address = "digest" + unit + "@unit.example";
        long officer = officer(unit, address);
        publish(overdue(
                jiangxia(),
                46,
                "SUPERVISION_OPINION",
                700_000 + unit,
                ClockName.ISSUE,
                unit,
                LocalDate.of(2025, 1, 27)));
        await(() -> inJiangxia(() -> notifications.unreadCount(officer)) == 1);

        try (var second = new SpringApplicationBuilder(RendaApplication.class)
                .properties("server.port=0", "spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT)
                .run()) {
            DailyDigest other = second.getBean(DailyDigest.class);
            var a = CompletableFuture.runAsync(digest::run);
            var b = CompletableFuture.runAsync(other::run);
            CompletableFuture.allOf(a, b).join();
            double runs = runs(meters) + runs(second.getBean(MeterRegistry.class));
            assertThat(runs).as("the digest job ran on exactly one instance").isEqualTo(1.0);
        }
        outbox.sendPending();
        // The escalation itself is mailed too; of digests there is exactly one.
        long digests = java.util.Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                .filter(m -> subject(m).contains("每日摘要"))
                .count();
        assertThat(digests).isEqualTo(1);
    }

    @Autowired
    MeterRegistry meters;

    @org.junit.jupiter.api.AfterEach
    void resetLocale() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double runs(MeterRegistry registry) {
        var counter = registry.find("renda.job.runs")
                .tag("job", "notification.digest")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private long officer(long unitId, String email) {
        unitExists(unitId);
        return inJiangxia(() -> accounts.create(new NewAccount(
                "unit-" + unitId, "officer-pass", "联络员" + unitId, Set.of(Role.UNIT), null, unitId, null, email)));
    }

    /** The test unit exists in 江夏's registry (accounts may only name units of their congress). */
    private void unitExists(long unitId) {
        try (var c = java.sql.DriverManager.getConnection(
                        postgres.jdbcUrl("renda"), "postgres", postgres.superuserPassword());
                var ps = c.prepareStatement("insert into organization.unit (id, congress_id, name, type, active)"
                        + " overriding system value values (?, ?, ?, 'DEPARTMENT', false) on conflict do nothing")) {
            ps.setLong(1, unitId);
            ps.setLong(2, jiangxia());
            ps.setString(3, "测试承办单位" + unitId);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sweep's event (a run of its own) for one clock turned red. */
    private static ClocksRecoloured overdue(
            long congressId, long caseId, String kind, long clockId, ClockName clock, Long unitId, LocalDate due) {
        return new ClocksRecoloured(
                congressId,
                due,
                RUNS.incrementAndGet(),
                List.of(new ClocksRecoloured.ClockChange(
                        caseId, number(caseId), "测试办件", kind, clockId, clock, unitId, due, Colour.RED)));
    }

    private static final AtomicLong RUNS = new AtomicLong(System.currentTimeMillis());

    /** A count read as the owner (across accounts, no tenant binding). */
    private long owner(String sql, Object... params) {
        try (var c = java.sql.DriverManager.getConnection(
                        postgres.jdbcUrl("renda"), "postgres", postgres.superuserPassword());
                var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number {@link #created} gave the case (the sweep reads it from the case row), or none. */
    private static String number(long caseId) {
        return caseId > 900_000 ? "测试〔2023〕第" + (caseId - 900_000) + "号" : null;
    }

    /**
     * Creates a case numbered 测试〔2023〕第{n}号 as far as notices see it: the notification module's own write in the
     * engine's numbering round trip ({@link NotificationCaseNumbers}), sent here with the number as its value; then
     * notices name it by that number. Returns the case id.
     */
    private long created(long caseId, int n) {
        String number = "测试〔2023〕第" + n + "号";
        long congress = jiangxia();
        TenantContext.runAs(congress, () -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> new NotificationCaseNumbers()
                        .created(
                                new CaseWriteContributor.Created(
                                        congress, caseId, "SUPERVISION_OPINION", "测试办件", java.util.Map.of()),
                                (statement, values) -> jdbc.sql(statement)
                                        .params(java.util.Arrays.stream(values)
                                                .map(v -> v == CaseBatch.NUMBER ? number : v)
                                                .toList())
                                        .update())));
        assertThat(inJiangxia(() -> notifications.caseName(caseId))).isEqualTo(number);
        return caseId;
    }

    /** Spring Modulith's publication rows of an event type (any status). */
    private long publicationsOf(String eventType) {
        try (var c = java.sql.DriverManager.getConnection(
                        postgres.jdbcUrl("renda"), "postgres", postgres.superuserPassword());
                var ps = c.prepareStatement("select count(*) from public.event_publication where event_type like ?")) {
            ps.setString(1, "%." + eventType);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(Object event) {
        TenantContext.runAs(jiangxia(), () -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(event)));
    }

    private <T> T inJiangxia(java.util.concurrent.Callable<T> action) {
        return TenantContext.callAs(jiangxia(), action);
    }

    private long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }

    private static void await(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("condition not met within 15 s");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
