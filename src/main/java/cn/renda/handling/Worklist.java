package cn.renda.handling;

import cn.renda.identity.Role;
import java.util.Set;

/** 我的待办: the to-do lists per role, answered for the signed-in user. */
public enum Worklist {
    /** UNIT: assignments of my unit waiting for 签收. */
    TO_ACCEPT(Set.of(Role.UNIT)),
    /** UNIT: accepted assignments of my unit that still need a handling plan. */
    TO_PLAN(Set.of(Role.UNIT)),
    /** UNIT: assignments of my unit that still need a reply or result report. */
    TO_REPLY(Set.of(Role.UNIT)),
    /** STAFF: cases in a state where ASSIGN is allowed (new or returned). */
    TO_ASSIGN(Set.of(Role.STAFF)),
    /** STAFF: cases with a YELLOW clock. */
    NEAR_DUE(Set.of(Role.STAFF, Role.LEADER)),
    /** STAFF: cases with a RED clock. */
    OVERDUE(Set.of(Role.STAFF, Role.LEADER)),
    /** LEADER: open key cases (重点督办), the leader's own first. */
    KEY_CASES(Set.of(Role.LEADER, Role.STAFF)),
    /** DEPUTY/MEMBER: my own cases whose reply awaits my evaluation. */
    AWAITING_EVALUATION(Set.of(Role.DEPUTY, Role.MEMBER));

    private final Set<Role> roles;

    Worklist(Set<Role> roles) {
        this.roles = roles;
    }

    /** Roles for which this list is meant. */
    public Set<Role> roles() {
        return roles;
    }
}
