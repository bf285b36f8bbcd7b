package cn.renda.notification;

import cn.renda.identity.Role;
import java.util.Set;

/**
 * A step notice addressed to the officers of handling units and to the holders of roles, looked up when the step's
 * notices are written: every notice of a step then costs one recipient read together ({@link
 * NotificationFacade#addressedBeforeCommit}).
 */
record AddressedNotice(Set<Long> unitIds, Set<Role> roles, NoticeContent content) {

    static AddressedNotice toUnit(long unitId, NoticeContent content) {
        return new AddressedNotice(Set.of(unitId), Set.of(), content);
    }

    static AddressedNotice toRole(Role role, NoticeContent content) {
        return new AddressedNotice(Set.of(), Set.of(role), content);
    }
}
