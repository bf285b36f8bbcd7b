package cn.renda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong passwords slow down that user name from that address only, with waits that grow; nobody can lock
 * the real owner out. Addresses are set as a trusted proxy would ({@code X-Forwarded-For} from loopback).
 */
class LoginThrottlingTests extends FullStackTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OWNER = "198.51.100.9";

    @Autowired
    AccountFacade accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottle throttle;

    private String newAccount() {
        long id = cn.renda.core.TenantContext.callAs(
                jiangxia(),
                () -> accounts.create(new NewAccount(
                        "throttle-" + System.nanoTime() % 1_000_000,
                        "correct-horse",
                        "限速测试",
                        java.util.Set.of(Role.STAFF),
                        null,
                        null,
                        null,
                        null)));
        return cn.renda.core.TenantContext.callAs(
                jiangxia(), () -> accounts.get(id).username());
    }

    @Autowired
    cn.renda.organization.CongressFacade congresses;

    private long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }

    private HttpResponse<String> signIn(String name, String password, String address) {
        return send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", basic(name, password))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .build());
    }

    private long throttledAttempts(String name, String address) {
        return jdbc.sql("select count(*) from identity.login_throttled_attempt where username = ? and address = ?")
                .params(name, address)
                .query(Long.class)
                .single();
    }

    @Test
    void failuresFromOneAddressMakeItWaitLongerEachTimeWhileTheOwnerElsewhereSignsIn() throws Exception {
        String name = newAccount();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(name, "wrong-pass-" + i, ATTACKER).statusCode()).isEqualTo(401);
        }
        // The fourth failure earned a wait: even the right password is not tried from that address.
        var first = signIn(name, "correct-horse", ATTACKER);
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        long firstWait =
                Long.parseLong(first.headers().firstValue("Retry-After").orElseThrow());
        assertThat(firstWait).isBetween(1L, 2L);
        assertThat(throttledAttempts(name, ATTACKER)).isEqualTo(1);

        // The owner, from another address, is not affected.
        assertThat(signIn(name, "correct-horse", OWNER).statusCode()).isEqualTo(200);

        // After the wait another failure doubles it.
        Thread.sleep(firstWait * 1000 + 300);
        assertThat(signIn(name, "wrong-pass-again", ATTACKER).statusCode()).isEqualTo(401);
        var second = signIn(name, "correct-horse", ATTACKER);
        assertThat(second.statusCode()).isEqualTo(429);
        long secondWait =
                Long.parseLong(second.headers().firstValue("Retry-After").orElseThrow());
        assertThat(secondWait).isGreaterThan(firstWait);
        assertThat(throttledAttempts(name, ATTACKER)).isEqualTo(2);
        assertThat(throttledAttempts(name, OWNER)).isZero();
    }

    @Test
    void theOwnerSigningInAfterTheWaitClearsTheFailuresOfThatAddress() throws Exception {
        String name = newAccount();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(name, "wrong-pass-" + i, OWNER).statusCode()).isEqualTo(401);
        }
        var waiting = signIn(name, "correct-horse", OWNER);
        assertThat(waiting.statusCode()).isEqualTo(429);
        Thread.sleep(Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 300);
        assertThat(signIn(name, "correct-horse", OWNER).statusCode()).isEqualTo(200);
        // Forgotten: the next mistake is free again.
        assertThat(signIn(name, "one-typo", OWNER).statusCode()).isEqualTo(401);
        assertThat(signIn(name, "correct-horse", OWNER).statusCode()).isEqualTo(200);
    }

    @Test
    void theFormLoginTellsAThrottledUserToWait() {
        String name = newAccount();
        var session = anonymous();
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = session.formPost("/login", "username=" + name + "&password=wrong-" + i, "/login");
        }
        assertThat(last.statusCode()).isEqualTo(302);
        assertThat(last.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
        assertThat(session.page("/login?locked").body()).contains("请稍候再试");
    }

    @Test
    void waitsDoubleAfterTheFreeFailuresUpToTheLongest() {
        assertThat(throttle.waitAfter(3)).isZero();
        assertThat(throttle.waitAfter(4)).hasSeconds(2);
        assertThat(throttle.waitAfter(5)).hasSeconds(4);
        assertThat(throttle.waitAfter(8)).hasSeconds(32);
        assertThat(throttle.waitAfter(40)).hasMinutes(15);
    }
}
