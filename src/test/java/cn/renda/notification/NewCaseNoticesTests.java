package cn.renda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.PersonalData;
import cn.renda.core.TenantContext;
import cn.renda.core.TenantTransactions;
import cn.renda.core.db.EmbeddedPostgresServer;
import cn.renda.handling.CaseBatch;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A notice that names a new case's number, written in the creation's batch before the number is known, leaves the
 * same inbox and outbox rows as {@link NotificationFacade#notify} writes once the number is known: the texts in each
 * recipient's language, the stored keys and arguments, the e-mail and the sealed text message.
 */
class NewCaseNoticesTests extends FullStackTest {

    private static final String NUMBER = "测试〔2026〕第77号";

    @Autowired
    NotificationFacade notifications;

    @Autowired
    AccountFacade accounts;

    @Autowired
    CongressFacade congresses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    PersonalData personalData;

    @Autowired
    EmbeddedPostgresServer postgres;

    @Test
    void aNoticeNamingTheNewNumberReadsAsOneWrittenAfterTheNumberWasTaken() {
        String tag = Long.toString(System.nanoTime(), 36);
        String email = "zh-" + tag + "@example.cn";
        String mobile = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        long zh = account("newcase-zh-" + tag, email, mobile);
        long en = account("newcase-en-" + tag, null, null);
        inJiangxia(() -> {
            accounts.updateLocale(en, "en");
            return null;
        });
        Set<Long> to = new LinkedHashSet<>(List.of(zh, en));
        Object[] args = {CaseBatch.NUMBER, "#handling.role.LEAD"};
        NoticeContent batched = content(args, "batched:" + tag);
        List<String> sent = new ArrayList<>();
        inJiangxia(() -> {
            notifications.notifyWithNewNumber(new Notice(to, batched), numbering(sent));
            return null;
        });
        assertThat(sent).as("one inbox insert and one outbox insert").hasSize(2);
        inJiangxia(() -> notifications.notify(
                new Notice(to, content(new Object[] {NUMBER, "#handling.role.LEAD"}, "plain:" + tag))));

        for (long account : List.of(zh, en)) {
            assertThat(message(account, "batched:" + tag)).isEqualTo(message(account, "plain:" + tag));
        }
        assertThat(message(zh, "batched:" + tag)).startsWith("新交办:" + NUMBER + "|办件 " + NUMBER + " 已交办给本单位");
        assertThat(message(en, "batched:" + tag)).contains(NUMBER).doesNotContain("\uE000");
        // the two notices' e-mails and text messages are alike (same texts, same link): each row twice, in any order
        String mail = "EMAIL|" + email + "|新交办:" + NUMBER + "|办件 " + NUMBER;
        String sms = "SMS|" + mobile + "|新交办:" + NUMBER + "|新交办:" + NUMBER;
        List<String> rows = outbox(email, mobile);
        assertThat(rows).hasSize(4);
        assertThat(rows)
                .filteredOn(r -> r.startsWith(mail) && r.endsWith("\n\n/cases/" + tag))
                .hasSize(2);
        assertThat(rows).filteredOn(sms::equals).hasSize(2);
    }

    @Test
    void aTitleHoldingThePrivateUseMarkKeepsItAndOnlyTheNumbersPlaceGetsTheNumber() {
        String tag = Long.toString(System.nanoTime(), 36);
        long zh = account("newcase-mark-" + tag, null, null);
        String title = "关于\uE000老旧小区\uE001改造的建议";
        inJiangxia(() -> {
            notifications.notifyWithNewNumber(
                    new Notice(Set.of(zh), registered(new Object[] {title, CaseBatch.NUMBER}, "batched:" + tag)),
                    numbering(new ArrayList<>()));
            return null;
        });
        inJiangxia(() ->
                notifications.notify(new Notice(Set.of(zh), registered(new Object[] {title, NUMBER}, "plain:" + tag))));

        assertThat(message(zh, "batched:" + tag)).isEqualTo(message(zh, "plain:" + tag));
        assertThat(message(zh, "batched:" + tag))
                .startsWith("建议已登记:" + NUMBER + "|您提交的《" + title + "》已登记,编号 " + NUMBER + ",");
        assertThat(NewCaseNotices.markFor(new Object[] {title, CaseBatch.NUMBER}))
                .as("a mark the title does not hold")
                .isEqualTo("\uE002");
    }

    /** A creation's batch that runs each statement at once with {@link #NUMBER} as the number, noting it in sent. */
    private CaseBatch numbering(List<String> sent) {
        return (statement, values) -> {
            sent.add(statement);
            jdbc.sql(statement)
                    .params(Arrays.stream(values)
                            .map(v -> v == CaseBatch.NUMBER ? NUMBER : v)
                            .toList())
                    .update();
        };
    }

    private NoticeContent registered(Object[] args, String dedupe) {
        return new NoticeContent(
                "REGISTERED",
                "suggestion.notice.registered.subject",
                "suggestion.notice.registered.body",
                args,
                "/cases/" + dedupe.substring(dedupe.indexOf(':') + 1),
                dedupe,
                false,
                false);
    }

    private NoticeContent content(Object[] args, String dedupe) {
        return new NoticeContent(
                "ASSIGNED",
                "notification.assigned.subject",
                "notification.assigned.body",
                args,
                "/cases/" + dedupe.substring(dedupe.indexOf(':') + 1),
                dedupe,
                true,
                true);
    }

    /** The account's message with the dedupe key: subject, body, keys, arguments and link. */
    private String message(long account, String dedupe) {
        return inJiangxia(() -> jdbc.sql(
                        """
                        select subject || '|' || body || '|' || subject_key || '|' || body_key || '|' || args::text
                               || '|' || link
                          from notification.message where congress_id = ? and account_id = ? and dedupe_key = ?""")
                .params(TenantContext.require(), account, dedupe)
                .query(String.class)
                .single());
    }

    /** The outbox rows to the e-mail address or the mobile number: channel, opened recipient, subject, body. */
    private List<String> outbox(String email, String mobile) {
        long congress = congresses.idByCode("jiangxia").orElseThrow();
        List<String> out = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(
                        postgres.jdbcUrl("renda"), "postgres", postgres.superuserPassword());
                var ps = c.prepareStatement(
                        """
                        select channel, recipient, subject, body from notification.outbox
                         where congress_id = ? and (recipient = ? or channel = 'SMS') order by id""")) {
            ps.setLong(1, congress);
            ps.setString(2, email);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String recipient = "SMS".equals(rs.getString(1))
                            ? personalData.tryOpen(rs.getString(2)).orElse(null)
                            : rs.getString(2);
                    if (email.equals(recipient) || mobile.equals(recipient)) {
                        out.add(rs.getString(1) + "|" + recipient + "|" + rs.getString(3) + "|" + rs.getString(4));
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private long account(String username, String email, String mobile) {
        long id = inJiangxia(() -> accounts.create(
                new NewAccount(username, "newcase-pass-1", "测试账号", Set.of(Role.STAFF), null, null, null, email)));
        if (mobile != null) {
            try (var c = java.sql.DriverManager.getConnection(
                            postgres.jdbcUrl("renda"), "postgres", postgres.superuserPassword());
                    var ps = c.prepareStatement("update identity.account set mobile_sealed = ? where id = ?")) {
                ps.setString(1, personalData.seal(mobile));
                ps.setLong(2, id);
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return id;
    }

    private <T> T inJiangxia(java.util.function.Supplier<T> action) {
        return transactions.call(congresses.idByCode("jiangxia").orElseThrow(), action);
    }
}
