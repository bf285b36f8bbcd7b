package cn.renda.supervision.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.PersonView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** SupervisionNames of people and committees for supervision records, asked of the organization module. */
@Component
class SupervisionNames {

    private final PersonRegistry people;
    private final BodyDirectory bodies;

    SupervisionNames(PersonRegistry people, BodyDirectory bodies) {
        this.people = people;
        this.bodies = bodies;
    }

    String person(Long id) {
        return id == null ? null : people.find(id).map(PersonView::name).orElse(null);
    }

    /** SupervisionNames of the given people in order (one look-up of the SC members, then the others one by one). */
    List<String> people(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> members = new HashMap<>();
        for (PersonRef r : people.scMemberRefs()) {
            members.put(r.id(), r.name());
        }
        List<String> out = new ArrayList<>();
        for (Long id : ids) {
            String name = members.containsKey(id) ? members.get(id) : person(id);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    /** SC members by id, for lists naming a leader. */
    Map<Long, String> members() {
        Map<Long, String> out = new HashMap<>();
        for (PersonRef r : people.scMemberRefs()) {
            out.put(r.id(), r.name());
        }
        return out;
    }

    String committee(Long id) {
        return id == null ? null : bodies.committeeNames().get(id);
    }

    /** Fails with a field error unless every id names a person of the congress. */
    void requirePeople(String field, List<Long> ids) {
        for (Long id : ids) {
            if (id == null || people.find(id).isEmpty()) {
                throw new InvalidInputException(field, "supervision.work.error.person");
            }
        }
    }

    void requireCommittee(String field, Long id) {
        if (id != null && !bodies.committeeNames().containsKey(id)) {
            throw new InvalidInputException(field, "supervision.work.error.committee");
        }
    }
}
