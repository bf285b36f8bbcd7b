package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.EventView;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class TimelineTextTests {

    private final TimelineText text = new TimelineText(messages(), null, null);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anExtensionRequestShowsItsLengthInWordsNotTheUnitCode() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("extensionId", 7);
        payload.put("extension", "5 WORKING_DAYS");
        EventView e =
                new EventView(1, 2, null, 1L, "办理单位", "REQUEST_EXTENSION", "ACCEPTED", "ACCEPTED", payload, "", "");

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(text.lines(e)).singleElement().satisfies(line -> {
            assertThat(line.toString()).contains("延长").contains("5 个工作日").doesNotContain("WORKING_DAYS");
        });
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.lines(e)).singleElement().satisfies(line -> {
            assertThat(line.toString())
                    .contains("Extension")
                    .contains("5 working days")
                    .doesNotContain("WORKING_DAYS");
        });
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/handling-web");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
