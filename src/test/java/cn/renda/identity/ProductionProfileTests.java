package cn.renda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.RendaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile refuses to start while demo accounts with the demo password exist. */
class ProductionProfileTests {

    @Test
    void productionProfileRefusesTheDemoAccounts() {
        // First start with the demo profile loads the demo accounts into the shared test database.
        try (var demo = new SpringApplicationBuilder(RendaApplication.class)
                .profiles("demo")
                .properties("server.port=0")
                .run()) {
            assertThat(demo.isActive()).isTrue();
        }
        assertThatThrownBy(() -> new SpringApplicationBuilder(RendaApplication.class)
                        .profiles("prod")
                        .properties("server.port=0", KEY)
                        .run()
                        .close())
                .hasStackTraceContaining("Demo account 'admin'");
    }

    /** A personal-data key for the starts that must get past the key check to the check under test. */
    static final String KEY = "renda.personal-data.key=production-profile-tests-key-0123456789";

    @Test
    void productionProfileRefusesToStartWithoutAPersonalDataKey() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RendaApplication.class)
                        .profiles("prod")
                        .properties("server.port=0")
                        .run()
                        .close())
                .hasStackTraceContaining("Production needs renda.personal-data.key");
    }

    @Test
    void productionProfileRefusesToRunWithTheDemoProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RendaApplication.class)
                        .profiles("prod", "demo")
                        .properties("server.port=0", KEY)
                        .run()
                        .close())
                .hasStackTraceContaining("refuses to run together with the demo profile");
    }
}
