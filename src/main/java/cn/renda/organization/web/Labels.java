package cn.renda.organization.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Localized option maps for selects and filters ({@code organization.<enumType>.<CONSTANT>} keys),
 * available in templates as {@code @orgLabels}.
 */
@Component("orgLabels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** Constant name → label, in declaration order. */
    public <E extends Enum<E>> Map<String, String> of(Class<E> type) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            options.put(constant.name(), label(constant));
        }
        return options;
    }

    /** The label of one constant ("" for null). */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        String key = "organization." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
        return messages.getMessage(key, null, value.name(), LocaleContextHolder.getLocale());
    }

    public Map<String, String> bodyKinds() {
        return of(cn.renda.organization.BodyKind.class);
    }

    public Map<String, String> unitTypes() {
        return of(cn.renda.organization.UnitType.class);
    }

    public Map<String, String> deputyLevels() {
        return of(cn.renda.organization.DeputyLevel.class);
    }

    public Map<String, String> stationTypes() {
        return of(cn.renda.organization.StationType.class);
    }

    public Map<String, String> studioKinds() {
        return of(cn.renda.organization.StudioKind.class);
    }

    public Map<String, String> genders() {
        return of(cn.renda.organization.Gender.class);
    }

    public Map<String, String> scPositions() {
        return of(cn.renda.organization.ScPosition.class);
    }

    public Map<String, String> roleKinds() {
        return of(cn.renda.organization.RoleKind.class);
    }

    public Map<String, String> channels() {
        return of(cn.renda.organization.ContactChannel.class);
    }

    public Map<String, String> responsibilityTypes() {
        return of(cn.renda.organization.ResponsibilityType.class);
    }

    /** Yes/no options for Boolean filters. */
    public Map<String, String> yesNo() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("true", messages.getMessage("form.yes", null, LocaleContextHolder.getLocale()));
        options.put("false", messages.getMessage("form.no", null, LocaleContextHolder.getLocale()));
        return options;
    }
}
