package cn.renda.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a notice's subject and body in a language. Arguments are kept as strings; an argument written
 * {@code #some.key} is itself a label (a clock, a role, a result class) and is rendered in the same language,
 * so a message read later in another language has no Chinese (or English) left in it. An argument made by
 * {@link #nested} is a message of its own with arguments (a count phrase, a list of cases), rendered likewise,
 * so a digest's parts follow the reader's language too (separators, plurals).
 */
@Component
class NoticeText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // built once: readValue(text, new TypeReference…) resolves the type again on every call
    private static final ObjectReader MAP = JSON.readerFor(new TypeReference<Map<String, Object>>() {});
    private static final ObjectReader STRINGS = JSON.readerFor(new TypeReference<List<String>>() {});
    private static final ObjectWriter WRITER = JSON.writer();

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} with {@code args} in {@code locale}; label and nested arguments resolved first. */
    String render(String key, Object[] args, Locale locale) {
        Object[] resolved = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < resolved.length; i++) {
            Object a = args[i];
            if (a instanceof String s && s.startsWith(NESTED)) {
                Map<String, Object> m = MAP.readValue(s.substring(1));
                resolved[i] = render((String) m.get("key"), ((List<?>) m.get("args")).toArray(), locale);
            } else {
                resolved[i] = a instanceof String s && s.startsWith("#") && s.length() > 1
                        ? messages.getMessage(s.substring(1), null, s.substring(1), locale)
                        : a == null ? "" : String.valueOf(a);
            }
        }
        return messages.getMessage(key, resolved, key, locale);
    }

    private static final String NESTED = "#{";

    /**
     * An argument that is itself the message {@code key} with {@code args} (strings, labels or nested messages),
     * stored as JSON behind a {@code #}; rendered in the reader's language with the message around it.
     */
    static String nested(String key, Object... args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        List<String> out = new ArrayList<>();
        for (Object a : args) {
            out.add(a == null ? "" : String.valueOf(a));
        }
        m.put("args", out);
        return "#" + WRITER.writeValueAsString(m);
    }

    /** The arguments as stored: a JSON array of strings. */
    static String toJson(Object[] args) {
        List<String> out = new ArrayList<>();
        if (args != null) {
            for (Object a : args) {
                out.add(a == null ? "" : String.valueOf(a));
            }
        }
        return WRITER.writeValueAsString(out);
    }

    /** The stored arguments back (none for a blank value). */
    static Object[] fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Object[0];
        }
        return STRINGS.<List<String>>readValue(json).toArray();
    }

    static Locale localeOf(String tag) {
        return "en".equals(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
