package cn.renda.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every value of every enum a user can meet (states, actions, clocks, roles, kinds of things) has a label in
 * Chinese and in English: for each enum of the application some message prefix {@code p} has {@code p.VALUE}
 * for all its values in both languages. A new enum or a new value without labels fails here. Enums that never
 * reach a page are listed below, each with the reason.
 */
class EnumLabelTests {

    /** Enums that stay inside the code, never shown to a user. */
    private static final Map<String, String> INTERNAL = Map.of(
            "cn.renda.handling.Anchor", "a clock policy's anchor, configured in code",
            "cn.renda.handling.ClockOp", "what a transition does to a clock, engine mechanics",
            "cn.renda.handling.CaseBatch$Value", "a placeholder the engine fills into a batched statement",
            "cn.renda.organization.XlsxRows$Type", "cell types of the spreadsheet reader",
            "cn.renda.supervision.internal.FieldworkRepository$Owner",
                    "which table a visit row belongs to, SQL mechanics");

    @Test
    void everyEnumValueHasALabelInBothLanguages() throws Exception {
        Properties zh = bundle("");
        Properties en = bundle("_en");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : applicationEnums()) {
            if (INTERNAL.containsKey(type.getName())) {
                continue;
            }
            Object[] values = type.getEnumConstants();
            if (values.length == 0) {
                continue;
            }
            checked++;
            Set<String> prefixes = prefixesOf(((Enum<?>) values[0]).name(), zh);
            boolean labelled = prefixes.stream().anyMatch(p -> {
                for (Object v : values) {
                    String key = p + "." + ((Enum<?>) v).name();
                    if (!zh.containsKey(key) || !en.containsKey(key)) {
                        return false;
                    }
                }
                return true;
            });
            if (!labelled) {
                missing.add(type.getName() + " " + List.of(values));
            }
        }
        assertThat(checked).as("enums checked").isGreaterThan(30);
        assertThat(missing)
                .as("enums without a label for every value (zh and en)")
                .isEmpty();
    }

    @Test
    void internalListNamesOnlyExistingEnums() throws Exception {
        Set<String> names = new HashSet<>();
        for (Class<?> type : applicationEnums()) {
            names.add(type.getName());
        }
        assertThat(names).containsAll(INTERNAL.keySet());
    }

    /** The prefixes {@code p} under which {@code p.value} is a key. */
    private static Set<String> prefixesOf(String value, Properties bundle) {
        Set<String> prefixes = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.endsWith("." + value)) {
                prefixes.add(key.substring(0, key.length() - value.length() - 1));
            }
        }
        return prefixes;
    }

    /** Every enum compiled from the application's sources (the test classpath's main output). */
    static List<Class<?>> applicationEnums() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> enums = new ArrayList<>();
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root.resolve("cn/renda"))) {
            classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path f : classes) {
            String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, EnumLabelTests.class.getClassLoader());
            // switch-map and anonymous constant bodies are not enums of their own
            if (type.isEnum() && !type.isAnonymousClass()) {
                enums.add(type);
            }
        }
        return enums;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        Resource[] resources =
                new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*" + suffix + ".properties");
        for (Resource r : resources) {
            String name = r.getFilename();
            if (name == null || (suffix.isEmpty() && name.contains("_"))) {
                continue;
            }
            try (var reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                all.load(reader);
            }
        }
        return all;
    }
}
