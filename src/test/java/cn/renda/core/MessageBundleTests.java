package cn.renda.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The zh-CN and English bundles of every module have exactly the same keys. */
class MessageBundleTests {

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws Exception {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int compared = 0;
        for (Resource zh : bundles) {
            String name = zh.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource en = zh.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(en.exists()).as("English bundle for " + name).isTrue();
            Set<String> zhKeys = keys(zh);
            Set<String> enKeys = keys(en);
            Set<String> onlyZh = new TreeSet<>(zhKeys);
            onlyZh.removeAll(enKeys);
            Set<String> onlyEn = new TreeSet<>(enKeys);
            onlyEn.removeAll(zhKeys);
            assertThat(onlyZh).as(name + ": keys missing in English").isEmpty();
            assertThat(onlyEn).as(name + ": keys missing in Chinese").isEmpty();
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyModuleBundleIsLoaded() {
        var source = new org.springframework.context.annotation.AnnotationConfigApplicationContext(
                cn.renda.core.web.MessageSourceConfigurationAccess.configurationClass());
        assertThat(source.getMessage("app.name", null, java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("人大履职与监督平台");
        assertThat(source.getMessage("app.name", null, java.util.Locale.ENGLISH))
                .isEqualTo("People's Congress Work Platform");
        source.close();
    }

    private static Set<String> keys(Resource r) throws Exception {
        Properties p = new Properties();
        try (var reader = new java.io.InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
