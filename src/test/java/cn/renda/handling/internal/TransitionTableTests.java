package cn.renda.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.Action;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.Transition;
import cn.renda.identity.Role;
import cn.renda.support.FullStackTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The indexed table gives every registered kind's rows exactly as the definition's own filter does. */
class TransitionTableTests extends FullStackTest {

    @Autowired
    KindRegistry kinds;

    @Test
    void everyKindStateAndActionHasTheDefinitionsRowsInOrder() {
        int compared = 0;
        for (KindDefinition kind : kinds.all()) {
            TransitionTable table = kinds.table(kind);
            assertThat(kinds.table(kind)).isSameAs(table); // built once, at registration
            for (String state : kind.states()) {
                for (Action action : Action.values()) {
                    assertThat(table.rows(action, state))
                            .as("%s %s %s", kind.code(), state, action)
                            .containsExactlyElementsOf(kind.rows(action, state));
                    compared += kind.rows(action, state).size();
                }
                assertThat(List.copyOf(table.from(state).keySet()))
                        .containsExactlyElementsOf(List.of(Action.values()).stream()
                                .filter(a -> !kind.rows(a, state).isEmpty())
                                .toList());
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void allowedKeepsTheRowsOneOfTheRolesMayFireInOrder() {
        for (KindDefinition kind : kinds.all()) {
            for (Set<Role> roles : List.of(
                    EnumSet.of(Role.STAFF),
                    EnumSet.of(Role.UNIT),
                    EnumSet.of(Role.DEPUTY, Role.LEADER),
                    Set.<Role>of())) {
                for (String state : kind.states()) {
                    for (Action action : Action.values()) {
                        List<Transition> rows = kind.rows(action, state);
                        assertThat(TransitionTable.allowed(rows, roles))
                                .containsExactlyElementsOf(rows.stream()
                                        .filter(t -> t.roles().stream().anyMatch(roles::contains))
                                        .toList());
                    }
                }
            }
        }
    }
}
