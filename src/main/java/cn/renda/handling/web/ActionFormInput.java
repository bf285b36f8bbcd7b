package cn.renda.handling.web;

import cn.renda.organization.PickChoice;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * What an action form shows as entered ({@code entered} in {@code handling/action-form}): each field's value as the user
 * sent it (what {@code th:field} would print: the formatted value, or the rejected text of a field that did not
 * convert), each field's messages, the form's own messages, and the units a picker holds. {@link #BLANK} for a form
 * not yet submitted; a value record, so a blank form's inputs stay a cache key.
 */
record ActionFormInput(
        Map<String, String> values,
        Map<String, List<String>> errors,
        List<String> globalErrors,
        Map<String, List<PickChoice>> chosen) {

    /** A form as first shown: no input (the extension's unit defaults to working days, as ActionForm's field). */
    static final ActionFormInput BLANK =
            new ActionFormInput(Map.of("extensionUnit", "WORKING_DAYS"), Map.of(), List.of(), Map.of());

    /** The fields of {@link ActionForm} a form prints. */
    private static final List<String> FIELDS = List.of(
            "version",
            "unitId",
            "toUnitId",
            "leadUnit",
            "coUnits",
            "separateUnits",
            "reason",
            "text",
            "resultClass",
            "publish",
            "evaluation",
            "clock",
            "extensionAmount",
            "extensionUnit",
            "extensionId",
            "leaderId",
            "trackingMonths");

    /** The unit pickers' fields. */
    private static final List<String> PICKERS = List.of("leadUnit", "coUnits", "separateUnits", "toUnitId");

    /**
     * The input of a refused submission, messages in {@code locale}; {@code units} names the units a picker field
     * holds (asked only when the form has pickers).
     */
    static ActionFormInput refused(
            BindingResult result,
            boolean pickers,
            MessageSource messages,
            Locale locale,
            Function<Object, List<PickChoice>> units) {
        Map<String, String> values = new HashMap<>();
        Map<String, List<String>> errors = new HashMap<>();
        for (String f : FIELDS) {
            Object v = result.getFieldValue(f);
            values.put(f, v == null ? "" : v.toString());
            if (result.hasFieldErrors(f)) {
                errors.put(
                        f,
                        result.getFieldErrors(f).stream()
                                .map(e -> messages.getMessage(e, locale))
                                .toList());
            }
        }
        Map<String, List<PickChoice>> chosen = new HashMap<>();
        if (pickers) {
            for (String f : PICKERS) {
                chosen.put(f, units.apply(result.getRawFieldValue(f)));
            }
        }
        return new ActionFormInput(
                values,
                errors,
                result.getGlobalErrors().stream()
                        .map(e -> messages.getMessage(e, locale))
                        .toList(),
                chosen);
    }

    /** The field's value as printed ("" when none). */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The field's messages, or {@code null} when it has none (the template's test for "invalid"). */
    public List<String> errors(String field) {
        return errors.get(field);
    }

    /** The units a picker field holds. */
    public List<PickChoice> chosen(String field) {
        return chosen.getOrDefault(field, List.of());
    }

    /**
     * A textarea's body: a value that starts with a line break gets one more, since the browser drops the first one
     * after the opening tag (as {@code th:field} does).
     */
    public String textareaBody(String value) {
        for (String lineBreak : new String[] {"\r\n", "\n", "\r"}) {
            if (value.startsWith(lineBreak)) {
                return lineBreak + value;
            }
        }
        return value;
    }
}
