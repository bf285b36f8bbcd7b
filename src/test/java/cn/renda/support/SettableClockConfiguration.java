package cn.renda.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every full-stack test shares one context whose clock tests may set (and must reset after). */
@TestConfiguration(proxyBeanMethods = false)
public class SettableClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
