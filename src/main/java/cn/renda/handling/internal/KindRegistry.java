package cn.renda.handling.internal;

import cn.renda.core.NotFoundException;
import cn.renda.handling.Action;
import cn.renda.handling.CaseKind;
import cn.renda.handling.KindDefinition;
import cn.renda.identity.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The kinds registered by mechanism modules ({@link CaseKind} beans), by code. */
@Component
class KindRegistry {

    private final Map<String, KindDefinition> kinds = new LinkedHashMap<>();
    private final Map<String, TransitionTable> tables = new LinkedHashMap<>();

    KindRegistry(List<CaseKind> registered) {
        for (CaseKind k : registered) {
            KindDefinition d = k.definition();
            if (kinds.putIfAbsent(d.code(), d) != null) {
                throw new IllegalStateException("Case kind registered twice: " + d.code());
            }
            tables.put(d.code(), new TransitionTable(d));
        }
    }

    /** The kind's transition table by state and action (built at registration; any other definition anew). */
    TransitionTable table(KindDefinition kind) {
        TransitionTable t = kinds.get(kind.code()) == kind ? tables.get(kind.code()) : null;
        return t != null ? t : new TransitionTable(kind);
    }

    KindDefinition get(String code) {
        KindDefinition d = code == null ? null : kinds.get(code);
        if (d == null) {
            throw new NotFoundException("kind", code);
        }
        return d;
    }

    Collection<KindDefinition> all() {
        return kinds.values();
    }

    /** "kind:state" pairs in which one of the roles may fire the action (for worklist SQL). */
    List<String> statesAllowing(Action action, Set<Role> roles) {
        return kinds.values().stream()
                .flatMap(k -> k.transitions().stream()
                        .filter(t -> t.action() == action && t.roles().stream().anyMatch(roles::contains))
                        .flatMap(t -> t.from().stream().map(s -> k.code() + ":" + s)))
                .distinct()
                .toList();
    }
}
