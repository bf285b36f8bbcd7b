package cn.renda.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.db.EmbeddedPostgresServer;
import cn.renda.outreach.OutreachSupport;
import cn.renda.portal.internal.SubmitLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Phones of deputies and citizens at rest and on screen (issue #15): sealed in the database, masked on pages and in
 * the API, in full only for the unit handling the deputy's suggestion and the street triaging a citizen's
 * opinion, each full view audited; search by phone still finds the person; old outreach contacts stay readable.
 */
class PersonalDataProtectionTests extends OutreachSupport {

    @Autowired
    EmbeddedPostgresServer server;

    @Autowired
    SubmitLimiter limiter;

    @Autowired
    OpinionContactResealing resealing;

    @Autowired
    OpinionRetention retention;

    @Autowired
    cn.renda.core.PersonalData personalData;

    @AfterEach
    void freshWindow() {
        limiter.forget("127.0.0.1");
    }

    private Connection owner() throws Exception {
        return DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword());
    }

    private long count(String sql, Object... args) throws Exception {
        try (Connection c = owner();
                var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void noPhoneOfAPersonOrACitizenIsStoredInPlainText() throws Exception {
        assertThat(count("select count(*) from organization.person where phone is not null"))
                .as("no plain phone left")
                .isZero();
        assertThat(count("select count(*) from identity.account where mobile is not null"))
                .isZero();
        assertThat(count("select count(*) from organization.person where phone_sealed is not null"))
                .as("demo people have sealed phones")
                .isPositive();
        assertThat(count("select count(*) from organization.person where phone_sealed !~ '^pd1:[0-9a-f]{8}:'"
                        + " or phone_masked !~ '^[0-9]{3}\\*{4}[0-9]{2,4}$' or phone_digest !~ '^[0-9a-f]{64}$'"))
                .isZero();
        submitOnPortal(anonymous(), streetId("法泗街"), "路灯不亮", "法泗街某路段路灯不亮已一周。", "13698765432");
        assertThat(count("select count(*) from outreach.opinion where contact_sealed like '%13698765432%'"
                        + " or citizen_phone_masked = '13698765432'"))
                .isZero();
        assertThat(count("select count(*) from outreach.opinion where contact_sealed is not null"
                        + " and contact_sealed !~ '^pd1:'"))
                .isZero();
    }

    @Test
    void theApiShowsPhonesMaskedAndStillFindsAPersonByTheirNumber() {
        // 陈立新, the street committee's staff member, has 13900001201 in the demo registry.
        String found = get("staff", "/api/v1/people?q=" + enc("139 0000 1201")).body();
        assertThat(found).contains("陈立新").contains("139****1201").doesNotContain("13900001201");
        assertThat(get("staff", "/api/v1/people?q=13900009999").body()).doesNotContain("陈立新");
        assertThat(get("staff", "/api/v1/deputies?size=50").body())
                .containsPattern("\"phone\":\"1[0-9]{2}\\*{4}[0-9]{4}\"")
                .doesNotContainPattern("\"phone\":\"1[0-9]{10}\"");
    }

    @Test
    void theAssignedUnitSeesTheDeputysPhoneInFullAndTheViewIsAudited() throws Exception {
        String accepted = get("unit", "/api/v1/cases?kind=SUGGESTION&state=ACCEPTED&size=1")
                .body();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(accepted);
        assertThat(m.find()).as("an accepted case of the unit: " + accepted).isTrue();
        Session unit = login("unit");
        String location = unit.page("/suggestions/case/" + m.group(1))
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll("^https?://[^/]+", "");
        long before = count("select count(*) from core.audit_log where action = 'PERSONAL_DATA_VIEW'"
                + " and object_type = 'person' and actor = 'unit'");
        String page = unit.page(location).body();
        Matcher contact = Pattern.compile("data-deputy-contact>.*?href=\"tel:(1[0-9]{10})\"", Pattern.DOTALL)
                .matcher(page);
        assertThat(contact.find())
                .as("the deputy's full number on the unit's page")
                .isTrue();
        assertThat(count("select count(*) from core.audit_log where action = 'PERSONAL_DATA_VIEW'"
                        + " and object_type = 'person' and actor = 'unit' and detail like 'suggestion %'"))
                .isEqualTo(before + 1);
        // The office sees the same suggestion without the unit's contact block and the number nowhere in full.
        assertThat(login("staff").page(location).body()).doesNotContain(contact.group(1));
    }

    @Test
    void theTriagingStreetSeesTheCitizensContactOnlyOnRequestAndEachViewIsAudited() throws Exception {
        String code = submitOnPortal(anonymous(), streetId("法泗街"), "排水沟堵塞", "法泗街菜场旁排水沟堵塞发臭。", "13711112222");
        Session street = login("street");
        long id = opinionId(street, code);
        String page = street.page("/outreach/opinions/" + id).body();
        assertThat(page).contains("137****2222", "id=\"reveal-contact\"").doesNotContain("13711112222");

        long before = count(
                "select count(*) from core.audit_log where action = 'PERSONAL_DATA_VIEW'"
                        + " and object_type = 'opinion' and object_id = ?",
                String.valueOf(id));
        String revealed = street.page("/outreach/opinions/" + id + "?contact=").body();
        assertThat(revealed).contains("href=\"tel:13711112222\"", "王小明");
        assertThat(json(get("street", "/api/v1/outreach/opinions/" + id + "/contact"), 200)
                        .path("phone")
                        .asString())
                .isEqualTo("13711112222");
        assertThat(count(
                        "select count(*) from core.audit_log where action = 'PERSONAL_DATA_VIEW'"
                                + " and object_type = 'opinion' and object_id = ? and actor = 'street'",
                        String.valueOf(id)))
                .isEqualTo(before + 2);

        // Office staff, the deputy and another street never get it; neither does the street once it is closed.
        assertThat(get("staff", "/api/v1/outreach/opinions/" + id + "/contact").statusCode())
                .isEqualTo(403);
        assertThat(get("deputy", "/api/v1/outreach/opinions/" + id + "/contact").statusCode())
                .isEqualTo(403);
        assertThat(login("staff").page("/outreach/opinions/" + id).body())
                .contains("137****2222")
                .doesNotContain("reveal-contact")
                .doesNotContain("13711112222");
        assertThat(step(street, id, "dismiss", "reason=" + enc("重复")).statusCode())
                .isEqualTo(302);
        assertThat(get("street", "/api/v1/outreach/opinions/" + id + "/contact").statusCode())
                .isEqualTo(403);
    }

    @Test
    void contactsSealedWithOutreachsFormerKeyAreReadableAfterTheMigration() throws Exception {
        String code = submitOnPortal(anonymous(), streetId("法泗街"), "旧数据", "迁移前登记的意见。", "13500003333");
        long id = opinionId(login("street"), code);
        // Make the row look as the former outreach code wrote it: v1: under renda.outreach.contact-key's default.
        try (Connection c = owner();
                var ps = c.prepareStatement("update outreach.opinion set contact_sealed = ? where id = ?")) {
            ps.setString(1, legacySeal("renda-demo-contact-key", "王小明\n13500003333"));
            ps.setLong(2, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Connection c = owner()) {
            resealing.seal(c, personalData);
        }
        assertThat(count("select count(*) from outreach.opinion where id = ? and contact_sealed like 'pd1:%'", id))
                .isEqualTo(1);
        var contact = json(get("street", "/api/v1/outreach/opinions/" + id + "/contact"), 200);
        assertThat(contact.path("name").asString()).isEqualTo("王小明");
        assertThat(contact.path("phone").asString()).isEqualTo("13500003333");
    }

    @Test
    void closedOpinionsLoseTheCitizensNameAndPhoneAfterTheRetentionPeriodButKeepTheirContent() throws Exception {
        Session street = login("street");
        long closed =
                opinionId(street, submitOnPortal(anonymous(), streetId("法泗街"), "旧意见甲", "两年前已办结的意见。", "13600004444"));
        long open =
                opinionId(street, submitOnPortal(anonymous(), streetId("法泗街"), "旧意见乙", "两年前收到仍在办理的意见。", "13600005555"));
        assertThat(step(street, closed, "dismiss", "reason=" + enc("重复")).statusCode())
                .isEqualTo(302);
        try (Connection c = owner();
                var ps = c.prepareStatement(
                        "update outreach.opinion set updated_at = now() - interval '25 months' where id in (?, ?)")) {
            ps.setLong(1, closed);
            ps.setLong(2, open);
            assertThat(ps.executeUpdate()).isEqualTo(2);
        }

        assertThat(retention.purgeNow()).isGreaterThanOrEqualTo(1);

        assertThat(count(
                        "select count(*) from outreach.opinion where id = ? and contact_sealed is null"
                                + " and citizen_name_masked is null and citizen_phone_masked is null"
                                + " and personal_data_purged_at is not null and content = '两年前已办结的意见。'",
                        closed))
                .isEqualTo(1);
        assertThat(count("select count(*) from outreach.opinion_event where opinion_id = ?", closed))
                .as("history kept")
                .isGreaterThanOrEqualTo(2);
        assertThat(count(
                        "select count(*) from core.audit_log where action = 'PERSONAL_DATA_PURGE'"
                                + " and object_type = 'opinion' and object_id = ?",
                        String.valueOf(closed)))
                .isEqualTo(1);
        assertThat(count("select count(*) from outreach.opinion where id = ? and contact_sealed is not null", open))
                .as("an opinion still being handled keeps its contact")
                .isEqualTo(1);
        assertThat(retention.purgeNow()).as("nothing left to purge").isZero();
        assertThat(street.page("/outreach/opinions/" + closed).body())
                .contains("旧意见甲")
                .doesNotContain("136****4444");
    }

    private static String legacySeal(String secret, String plain) throws Exception {
        SecretKeySpec key = new SecretKeySpec(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[iv.length + sealed.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(sealed, 0, out, iv.length, sealed.length);
        return "v1:" + Base64.getEncoder().encodeToString(out);
    }
}
