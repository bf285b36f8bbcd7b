package cn.renda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import org.junit.jupiter.api.Test;

/** Weak passwords are refused, tokens expire, and every answer carries the hardening headers. */
class AccountHardeningTests extends FullStackTest {

    private int createWith(String username, String password) {
        return api(
                        "admin",
                        "POST",
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"x\",\"password\":\"" + password
                                + "\",\"roles\":[\"STAFF\"]}")
                .statusCode();
    }

    @Test
    void commonAndSimplePasswordsAreRefusedForNewAccounts() {
        for (String weak : new String[] {"12345678", "password", "demo2023", "aaaaaaaaaa", "weakuser1x"}) {
            assertThat(createWith("weakuser1", weak)).as(weak).isEqualTo(400);
        }
        assertThat(createWith("stronguser1", "Huangjia-river-42")).isEqualTo(201);
    }

    @Test
    void passwordStrengthRules() {
        assertThat(PasswordStrength.weakness("Password2024", null)).isNotNull();
        assertThat(PasswordStrength.weakness("1q2w3e4r", null)).isNotNull();
        assertThat(PasswordStrength.weakness("98765432101", null)).isNotNull();
        assertThat(PasswordStrength.weakness("browser-pass-1", null)).isNull();
    }

    @org.springframework.beans.factory.annotation.Autowired
    AccountFacade accounts;

    @org.springframework.beans.factory.annotation.Autowired
    cn.renda.organization.CongressFacade congresses;

    @Test
    void tokensExpireWithinTheCongresssMaximumAndLongerOnesAreRefused() {
        long congress = congresses.idByCode("jiangxia").orElseThrow();
        cn.renda.core.TenantContext.runAs(congress, () -> {
            long admin = accounts.list("admin", cn.renda.core.PageRequest.first()).items().stream()
                    .filter(a -> a.username().equals("admin"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            accounts.createToken(admin, "forever", null);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.createToken(admin, "ten-years", 3650))
                    .isInstanceOf(cn.renda.core.InvalidInputException.class);
            var tokens = accounts.tokens(admin).stream()
                    .filter(t -> t.name().equals("forever") || t.name().equals("ten-years"))
                    .toList();
            assertThat(tokens).hasSize(1).allSatisfy(t -> assertThat(t.expiresAt())
                    .isNotNull()
                    .isBefore(java.time.OffsetDateTime.now().plusDays(AccountFacade.MAX_TOKEN_DAYS + 1)));
        });
    }

    @Test
    void eachCongressSetsItsOwnTokenMaximumAndOnlyItsAdminMay() {
        assertThat(get("staff", "/api/v1/token-policy").body()).contains("\"maxDays\":90");
        assertThat(api("staff", "PUT", "/api/v1/token-policy", "{\"maxDays\":30}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("admin", "PUT", "/api/v1/token-policy", "{\"maxDays\":5000}")
                        .statusCode())
                .isEqualTo(400);
        try {
            var set = api("admin", "PUT", "/api/v1/token-policy", "{\"maxDays\":30}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            // Another congress keeps the default.
            assertThat(get("hs-staff", "/api/v1/token-policy").body()).contains("\"maxDays\":90");
            Session staff = login("staff");
            String page = staff.page("/account/tokens").body();
            assertThat(page).contains("30");
            var refused = staff.formPost("/account/tokens", "name=long&validDays=60", "/account/tokens");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("is-invalid").doesNotContain("id=\"new-token\"");
            var made = staff.formPost("/account/tokens", "name=short&validDays=30", "/account/tokens");
            assertThat(made.statusCode()).isEqualTo(302);
        } finally {
            api("admin", "PUT", "/api/v1/token-policy", "{\"maxDays\":90}");
        }
    }

    @Test
    void answersCarryReferrerAndPermissionsPolicies() {
        var page = anonymous().page("/login");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
    }
}
