package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.PersonalData;
import cn.renda.core.db.EmbeddedPostgresServer;
import cn.renda.support.FullStackTest;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A phone left in plain text (an older schema, an older backup) is sealed after the next migrate. */
class PersonPhoneSealingTests extends FullStackTest {

    @Autowired
    PersonPhoneSealing sealing;

    @Autowired
    PersonalData personalData;

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void aPlainPhoneIsSealedMaskedAndFoundByItsNumberAfterwards() throws Exception {
        try (Connection c =
                DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword())) {
            c.createStatement()
                    .executeUpdate("update organization.person set phone = '13977776666', phone_sealed = null,"
                            + " phone_digest = null, phone_masked = null where name = '陈立新'");
            sealing.seal(c, personalData);
            try (var rs = c.createStatement()
                    .executeQuery(
                            "select phone, phone_sealed, phone_masked from organization.person where name = '陈立新'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
                assertThat(rs.getString(2)).startsWith("pd1:").doesNotContain("13977776666");
                assertThat(rs.getString(3)).isEqualTo("139****6666");
            }
        }
        try {
            assertThat(get("staff", "/api/v1/people?q=13977776666").body()).contains("陈立新", "139****6666");
        } finally {
            // Back to the demo number other tests look for.
            try (Connection c =
                    DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword())) {
                c.createStatement()
                        .executeUpdate("update organization.person set phone = '13900001201' where name = '陈立新'");
                sealing.seal(c, personalData);
            }
        }
    }
}
