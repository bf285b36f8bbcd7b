package cn.renda.notification;

import cn.renda.identity.Role;
import java.util.Set;

/**
 * A step notice addressed to the officers of handling units and to the holders of roles, looked up when the step's
 * notices are written: every notice of a step then costs one recipient read together ({@link
 * NotificationFacade#addressedBeforeCommit}).
 */
record AddressedNotice(
        Set<Long> unitIds,
        Set<Role> roles,
        String kind,
        String subjectKey,
        String bodyKey,
        Object[] arguments,
        String link,
        String dedupeKey,
        boolean email,
        boolean sms) {

    static AddressedNotice toUnit(
            long unitId,
            String kind,
            String subjectKey,
            String bodyKey,
            Object[] arguments,
            String link,
            String dedupeKey,
            boolean email,
            boolean sms) {
        return new AddressedNotice(
                Set.of(unitId), Set.of(), kind, subjectKey, bodyKey, arguments, link, dedupeKey, email, sms);
    }

    static AddressedNotice toRole(
            Role role,
            String kind,
            String subjectKey,
            String bodyKey,
            Object[] arguments,
            String link,
            String dedupeKey,
            boolean email,
            boolean sms) {
        return new AddressedNotice(
                Set.of(), Set.of(role), kind, subjectKey, bodyKey, arguments, link, dedupeKey, email, sms);
    }
}
