package cn.renda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Form login, HTTP Basic, personal tokens and password change, over real HTTP (throttling: LoginThrottlingTests). */
class LoginAndTokenTests extends FullStackTest {

    @Autowired
    AccountFacade accounts;

    @Test
    void formLoginOpensTheHomePageWithTheUsersName() {
        var session = login("staff");
        var home = session.page("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("李晓敏");
    }

    @Test
    void basicAuthAndPersonalTokenBothReachTheApi() {
        var basicMe = send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", basic("member", DEMO_PASSWORD))
                .build());
        assertThat(basicMe.statusCode()).isEqualTo(200);
        assertThat(basicMe.body()).contains("\"username\":\"member\"").contains("MEMBER");

        long memberId = Long.parseLong(basicMe.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        String token = cn.renda.core.TenantContext.callAs(jiangxia(), () -> accounts.createToken(memberId, "脚本", 30));
        var bearer = send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .build());
        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(bearer.body()).contains("\"username\":\"member\"");

        var bogus = send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer rnd_bogus")
                .build());
        assertThat(bogus.statusCode()).isEqualTo(401);
    }

    @Test
    void revokedTokenNoLongerWorks() {
        var me = get("deputy", "/api/v1/me");
        long id = Long.parseLong(me.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        String token = cn.renda.core.TenantContext.callAs(jiangxia(), () -> accounts.createToken(id, "临时", null));
        long tokenId = cn.renda.core.TenantContext.callAs(
                jiangxia(), () -> accounts.tokens(id).get(0).id());
        cn.renda.core.TenantContext.runAs(jiangxia(), () -> accounts.revokeToken(id, tokenId));
        var r = send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .build());
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void passwordChangeWithAMismatchShowsTheFieldErrorAndChangesNothing() {
        var session = login("leader");
        var r = session.formPost(
                "/account/password",
                "currentPassword=demo2023&newPassword=another-pass&confirmPassword=different",
                "/account/password");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("两次输入的新密码不一致");
        assertThat(get("leader", "/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void accountsApiIsForAdminsOnlyAndValidatesInput() {
        assertThat(get("staff", "/api/v1/accounts").statusCode()).isEqualTo(403);
        var list = get("admin", "/api/v1/accounts?q=staff");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("\"total\":")
                .contains("\"username\":\"staff\"")
                .doesNotContain("hs-staff");

        var bad = api(
                "admin",
                "POST",
                "/api/v1/accounts",
                "{\"username\":\"x\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"password\"").contains("\"field\":\"roles\"");
    }

    @Test
    void anotherCongressesAccountIsNotFound() {
        var hs = get("hs-admin", "/api/v1/me");
        long hsId = Long.parseLong(hs.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        var r = get("admin", "/api/v1/accounts/" + hsId);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(api("admin", "POST", "/api/v1/accounts/" + hsId + "/disable", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("hs-admin", "/api/v1/accounts/" + hsId).statusCode()).isEqualTo(200);
    }

    @Autowired
    cn.renda.organization.CongressFacade congresses;

    private long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }
}
