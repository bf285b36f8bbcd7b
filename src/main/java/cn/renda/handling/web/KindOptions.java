package cn.renda.handling.web;

import cn.renda.handling.KindView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The kind and state choices of the case list's filter, labelled once per language: every kind's states are
 * options of one select (about a hundred), which cost a message look-up and a bound-value comparison each on
 * every request when the template resolved them.
 */
@Component
class KindOptions {

    /** One choice of a select: its value and label. */
    record Option(String value, String label) {}

    /** A kind with its label and its states as choices. */
    record Kind(String code, String label, List<Option> states) {}

    private final CaseLabels labels;
    private final MessageSource messages;
    private final Map<Locale, List<Kind>> byLocale = new ConcurrentHashMap<>();

    KindOptions(CaseLabels labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /** The registered kinds in registration order, in the request's language. */
    List<Kind> kinds() {
        return byLocale.computeIfAbsent(LocaleContextHolder.getLocale(), this::build);
    }

    private List<Kind> build(Locale locale) {
        List<Kind> out = new ArrayList<>();
        for (KindView k : labels.kinds().values()) {
            List<Option> states = new ArrayList<>();
            for (String st : k.states()) {
                states.add(new Option(st, text(labels.state(k.code(), st), locale)));
            }
            out.add(new Kind(k.code(), text(k.messageKey(), locale), List.copyOf(states)));
        }
        return List.copyOf(out);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
