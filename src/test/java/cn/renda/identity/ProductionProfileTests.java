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
                        .properties("server.port=0")
                        .run()
                        .close())
                .hasStackTraceContaining("Demo account 'admin'");
    }

    @Test
    void productionProfileRefusesToRunWithTheDemoProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RendaApplication.class)
                        .profiles("prod", "demo")
                        .properties("server.port=0")
                        .run()
                        .close())
                .hasStackTraceContaining("refuses to run together with the demo profile");
    }
}
