package cn.renda.core.db;

import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start production with a database password anyone could guess: the embedded server's
 * application role must use its generated password (or a configured strong one), an external database
 * must have a password configured.
 */
@Component
@Profile("prod")
class ProductionDatabaseGuard {

    static final Set<String> WELL_KNOWN = Set.of("renda_app", "renda", "postgres", "password", "changeme", "secret");

    ProductionDatabaseGuard(Environment env) {
        check(env);
    }

    static void check(Environment env) {
        String url = env.getProperty("spring.datasource.url", "");
        String password = url.isBlank()
                ? env.getProperty("renda.db.app-password", "")
                : env.getProperty("spring.datasource.password", "");
        if (!url.isBlank() && password.isBlank()) {
            throw new IllegalStateException(
                    "Production needs spring.datasource.password for the external database; refusing to start");
        }
        if (!password.isBlank() && (WELL_KNOWN.contains(password.toLowerCase()) || password.length() < 12)) {
            throw new IllegalStateException("The database password is a well-known default or shorter than 12"
                    + " characters; set a strong one (or, embedded, leave renda.db.app-password unset to use the"
                    + " generated one). Refusing to start in production");
        }
    }
}
