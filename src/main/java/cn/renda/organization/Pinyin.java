package cn.renda.organization;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Pinyin of Chinese names for pickers: the full syllables without tones ("zhang san") and the initials ("zs"),
 * by ICU's Han-Latin transliteration, cached per text.
 */
final class Pinyin {

    /** The full pinyin (syllables separated by spaces) and the initials of one text. */
    record Spelling(String full, String initials) {}

    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    private static final Cache<String, Spelling> CACHE =
            Caffeine.newBuilder().maximumSize(50_000).build();

    private Pinyin() {}

    static Spelling of(String text) {
        return CACHE.get(text == null ? "" : text, Pinyin::spell);
    }

    private static Spelling spell(String text) {
        String latin;
        // ICU transliterators are not safe for concurrent use
        synchronized (HAN_LATIN) {
            latin = HAN_LATIN.transliterate(text);
        }
        StringBuilder initials = new StringBuilder();
        for (String syllable : latin.split("[^a-z0-9]+")) {
            if (!syllable.isEmpty()) {
                initials.append(syllable.charAt(0));
            }
        }
        return new Spelling(latin.trim(), initials.toString());
    }

    /**
     * Whether {@code query} finds {@code text}: as a substring of the text, as a prefix of its initials ("zs"),
     * or as the start of its pinyin with or without spaces ("zhangs", "zhang san").
     */
    static boolean matches(String text, String query) {
        if (text == null || query == null || query.isBlank()) {
            return false;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (text.toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        if (!q.matches("[a-z ]+")) {
            return false;
        }
        Spelling s = of(text);
        String compactQuery = q.replace(" ", "");
        return s.initials().startsWith(compactQuery)
                || s.full().replace(" ", "").startsWith(compactQuery)
                || s.full().contains(q);
    }
}
