package cn.renda.meeting.web;

import cn.renda.meeting.AgendaItemType;
import cn.renda.meeting.AppointmentAction;
import cn.renda.meeting.AttendanceStatus;
import cn.renda.meeting.MeetingKind;
import cn.renda.meeting.MeetingStatus;
import cn.renda.meeting.ObserverKind;
import cn.renda.meeting.ResearchKind;
import cn.renda.meeting.VoteChoice;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Localized labels and option maps of the meeting enums ({@code meeting.<enumType>.<CONSTANT>}). */
@Component
class MeetingLabels {

    private final MessageSource messages;

    MeetingLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Constant name → label, in declaration order. */
    <E extends Enum<E>> Map<String, String> of(Class<E> type) {
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
        String key = "meeting." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
        return messages.getMessage(key, null, value.name(), LocaleContextHolder.getLocale());
    }

    public Map<String, String> kinds() {
        return of(MeetingKind.class);
    }

    public Map<String, String> statuses() {
        return of(MeetingStatus.class);
    }

    public Map<String, String> itemTypes() {
        return of(AgendaItemType.class);
    }

    public Map<String, String> attendance() {
        return of(AttendanceStatus.class);
    }

    public Map<String, String> choices() {
        return of(VoteChoice.class);
    }

    public Map<String, String> actions() {
        return of(AppointmentAction.class);
    }

    public Map<String, String> observerKinds() {
        return of(ObserverKind.class);
    }

    public Map<String, String> documentKinds() {
        return of(cn.renda.meeting.DocumentKind.class);
    }

    public Map<String, String> researchKinds() {
        return of(ResearchKind.class);
    }
}
