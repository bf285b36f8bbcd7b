package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Units and persons named in a command must exist in the caller's own congress. */
class ReferenceCheckTests extends FullStackTest {

    @Autowired
    cn.renda.core.db.EmbeddedPostgresServer server;

    private long otherCongressUnit() throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword());
                var rs = c.createStatement()
                        .executeQuery("select u.id from organization.unit u where u.congress_id <>"
                                + " (select congress_id from identity.account where username = 'staff')"
                                + " order by u.id limit 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    private String opinion(long unit) {
        return "{\"title\":\"审议意见\",\"content\":\"内容\",\"issues\":[\"问题\"],\"units\":[{\"unitId\":" + unit
                + ",\"role\":\"LEAD\"}],\"sourceDate\":\"2026-12-01\",\"issueNow\":true}";
    }

    @Test
    void supervisionOpinionRefusesUnknownAndForeignUnits() throws Exception {
        for (long unit : new long[] {999999, -1, otherCongressUnit()}) {
            var r = api("staff", "POST", "/api/v1/supervision/opinions", opinion(unit));
            assertThat(r.statusCode()).as("unit " + unit).isEqualTo(400);
            assertThat(r.body()).contains("units");
        }
    }

    @Test
    void adminCannotBindAnAccountToAnotherCongresssUnitOrPerson() throws Exception {
        var r = api(
                "admin",
                "POST",
                "/api/v1/accounts",
                "{\"username\":\"foreign-unit\",\"displayName\":\"x\",\"password\":\"Vx9!kq2#Lm4$Rt\","
                        + "\"roles\":[\"UNIT\"],\"unitId\":" + otherCongressUnit() + "}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("unitId");
        var p = api(
                "admin",
                "POST",
                "/api/v1/accounts",
                "{\"username\":\"no-person\",\"displayName\":\"x\",\"password\":\"Vx9!kq2#Lm4$Rt\","
                        + "\"roles\":[\"DEPUTY\"],\"personId\":999999}");
        assertThat(p.statusCode()).isEqualTo(400);
        assertThat(p.body()).contains("personId");
    }
}
