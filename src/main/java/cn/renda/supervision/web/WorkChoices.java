package cn.renda.supervision.web;

import cn.renda.organization.BodyDirectory;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.UnitDirectory;
import cn.renda.supervision.MeetingDirectory;
import cn.renda.supervision.MeetingDirectory.AgendaRef;
import cn.renda.supervision.SupervisionPlanFacade;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the supervision pages offer to pick by name (SC members, committees, units, meetings and agenda
 * items, enum values with their labels).
 */
@Component
class WorkChoices {

    private final PersonRegistry people;
    private final BodyDirectory bodies;
    private final UnitDirectory units;
    private final MeetingDirectory meetings;
    private final MessageSource messages;
    private final SupervisionPlanFacade plans;

    WorkChoices(
            PersonRegistry people,
            BodyDirectory bodies,
            UnitDirectory units,
            MeetingDirectory meetings,
            MessageSource messages,
            SupervisionPlanFacade plans) {
        this.plans = plans;
        this.people = people;
        this.bodies = bodies;
        this.units = units;
        this.meetings = meetings;
        this.messages = messages;
    }

    /** SC members by name. */
    Map<Long, String> members() {
        Map<Long, String> out = new LinkedHashMap<>();
        for (PersonRef r : people.scMemberRefs()) {
            out.put(r.id(), r.name());
        }
        return out;
    }

    Map<Long, String> committees() {
        return new LinkedHashMap<>(bodies.committeeNames());
    }

    Map<Long, String> meetings(MeetingDirectory.Kind kind, int year) {
        Map<Long, String> out = new LinkedHashMap<>();
        meetings.meetings(kind, year).forEach(m -> out.put(m.id(), m.date() + " " + m.title()));
        return out;
    }

    /** Agenda items of the year's SC meetings, of the given types (all when none), as "meeting · item". */
    Map<Long, String> scItems(int year, String... types) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (var m : meetings.meetings(MeetingDirectory.Kind.SC_MEETING, year)) {
            for (AgendaRef a : meetings.agendaItems(m.id())) {
                if (types.length == 0 || java.util.Arrays.asList(types).contains(a.type())) {
                    out.put(a.id(), m.title() + " · " + a.title());
                }
            }
        }
        return out;
    }

    /** Items of the year's supervision plan, as "form · title". */
    Map<Long, String> planItems(int year) {
        Map<Long, String> out = new LinkedHashMap<>();
        plans.ofYear(year).ifPresent(p -> p.items().forEach(i -> out.put(i.id(), i.title())));
        return out;
    }

    /** Enum values with their labels {@code prefix + NAME} in the request's language. */
    <E extends Enum<E>> Map<String, String> labels(Class<E> type, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(e.name(), messages.getMessage(prefix + e.name(), null, e.name(), LocaleContextHolder.getLocale()));
        }
        return out;
    }
}
