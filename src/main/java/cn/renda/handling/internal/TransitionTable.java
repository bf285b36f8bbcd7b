package cn.renda.handling.internal;

import cn.renda.handling.Action;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.Transition;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind's transition table indexed by state and action, built once per kind: a step and the actions offered after
 * it look up the rows of a state instead of filtering the whole table once per action (every step asked for the
 * rows of each of the ~30 actions, a stream over every transition each time). Same rows, same order as {@link
 * KindDefinition#rows}.
 */
final class TransitionTable {

    private final Map<String, Map<Action, List<Transition>>> byState = new HashMap<>();

    TransitionTable(KindDefinition kind) {
        for (String state : kind.states()) {
            Map<Action, List<Transition>> byAction = new EnumMap<>(Action.class);
            for (Transition t : kind.transitions()) {
                if (t.from().contains(state)) {
                    byAction.computeIfAbsent(t.action(), a -> new ArrayList<>()).add(t);
                }
            }
            byAction.replaceAll((a, rows) -> List.copyOf(rows));
            byState.put(state, Collections.unmodifiableMap(byAction));
        }
    }

    /** The rows of {@code action} from {@code state}, in the table's order (empty: none). */
    List<Transition> rows(Action action, String state) {
        Map<Action, List<Transition>> byAction = byState.get(state);
        List<Transition> rows = byAction == null ? null : byAction.get(action);
        return rows == null ? List.of() : rows;
    }

    /** The actions with rows from {@code state}, in {@link Action} order, each with its rows. */
    Map<Action, List<Transition>> from(String state) {
        Map<Action, List<Transition>> byAction = byState.get(state);
        return byAction == null ? Map.of() : byAction;
    }

    /** The rows one of {@code roles} may fire, in order (the list itself when all may). */
    static List<Transition> allowed(List<Transition> rows, Set<Role> roles) {
        List<Transition> out = null;
        for (int i = 0; i < rows.size(); i++) {
            Transition t = rows.get(i);
            boolean allowed = false;
            for (Role r : t.roles()) {
                if (roles.contains(r)) {
                    allowed = true;
                    break;
                }
            }
            if (allowed && out != null) {
                out.add(t);
            } else if (!allowed && out == null) {
                out = new ArrayList<>(rows.subList(0, i));
            }
        }
        return out == null ? rows : out;
    }
}
