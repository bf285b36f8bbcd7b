package cn.renda.core.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's bundle {@code i18n/<module>.properties} (zh-CN) with {@code <module>_en.properties},
 * found on the classpath, so a new module needs no central list; formatted without a shared lock
 * ({@link UncontendedMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        String[] basenames = Arrays.stream(
                        new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
                .map(r -> r.getFilename())
                .filter(Objects::nonNull)
                .filter(name -> !name.contains("_"))
                .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ResourceBundleMessageSource source = new UncontendedMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
