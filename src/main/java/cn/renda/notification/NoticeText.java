package cn.renda.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a notice's subject and body in a language. Arguments are kept as strings; an argument written
 * {@code #some.key} is itself a label (a clock, a role, a result class) and is rendered in the same language,
 * so a message read later in another language has no Chinese (or English) left in it.
 */
@Component
class NoticeText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} with {@code args} in {@code locale}; label arguments resolved first. */
    String render(String key, Object[] args, Locale locale) {
        Object[] resolved = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < resolved.length; i++) {
            Object a = args[i];
            resolved[i] = a instanceof String s && s.startsWith("#") && s.length() > 1
                    ? messages.getMessage(s.substring(1), null, s.substring(1), locale)
                    : a == null ? "" : String.valueOf(a);
        }
        return messages.getMessage(key, resolved, key, locale);
    }

    /** The arguments as stored: a JSON array of strings. */
    static String toJson(Object[] args) {
        List<String> out = new ArrayList<>();
        if (args != null) {
            for (Object a : args) {
                out.add(a == null ? "" : String.valueOf(a));
            }
        }
        return JSON.writeValueAsString(out);
    }

    /** The stored arguments back (none for a blank value). */
    static Object[] fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Object[0];
        }
        return JSON.readValue(json, new TypeReference<List<String>>() {}).toArray();
    }

    static Locale localeOf(String tag) {
        return "en".equals(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
