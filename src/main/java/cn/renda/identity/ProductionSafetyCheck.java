package cn.renda.identity;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Under the production profile, refuses to start while the demo profile is also active or any demo
 * account still signs in with the published demo password.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck implements SmartInitializingSingleton {

    /** The published demo accounts (README) and their shared password. */
    static final List<String> DEMO_USERNAMES = List.of(
            "admin", "leader", "staff", "street", "member", "deputy", "unit", "operator", "hs-admin", "hs-staff");

    static final String DEMO_PASSWORD = "demo2023";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Environment environment;

    ProductionSafetyCheck(AccountRepository accounts, PasswordEncoder encoder, Environment environment) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            throw new IllegalStateException("The prod profile refuses to run together with the demo profile");
        }
        for (String name : DEMO_USERNAMES) {
            accounts.findForLogin(name).ifPresent(user -> {
                if (encoder.matches(DEMO_PASSWORD, user.getPassword())) {
                    throw new IllegalStateException("Demo account '" + name
                            + "' with the published demo password exists; the prod profile refuses to start."
                            + " Change its password or disable it with the demo profile first.");
                }
            });
        }
    }
}
