package cn.renda.organization;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search-as-you-type over the registry for pickers: deputies by name, pinyin (initials "zs" or syllables) or
 * constituency/street; handling units by name or pinyin. Matches whose name starts with the query come first.
 */
@Service
public class NamePickers {

    /** The most deputies read for one search (the congress's current deputies, a few hundred). */
    private static final int MAX_DEPUTIES = 5_000;

    private final PersonRegistry people;
    private final UnitDirectory units;

    NamePickers(PersonRegistry people, UnitDirectory units) {
        this.people = people;
        this.units = units;
    }

    /** Current deputies matching {@code query}, at most {@code limit}, with constituency and street as detail. */
    @Transactional(readOnly = true)
    public List<PickChoice> deputies(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<PickChoice> found = new ArrayList<>();
        for (DeputyView d : allDeputies()) {
            if (Pinyin.matches(d.name(), query)
                    || Pinyin.matches(d.constituency(), query)
                    || Pinyin.matches(d.streetName(), query)) {
                found.add(new PickChoice(d.id(), d.name(), detail(d)));
            }
        }
        return ranked(found, query, limit);
    }

    /** Deputies by id (for the choices a form already holds), in the given order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<PickChoice> deputiesById(List<Long> ids) {
        List<PickChoice> out = new ArrayList<>();
        for (Long id : ids) {
            people.findDeputy(id).ifPresent(d -> out.add(new PickChoice(d.id(), d.name(), detail(d))));
        }
        return out;
    }

    /** Active handling units matching {@code query} (all of them, by name, when it is blank), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PickChoice> units(String query, int limit) {
        List<PickChoice> found = new ArrayList<>();
        for (UnitView u : units.activeUnits()) {
            if (query == null || query.isBlank() || Pinyin.matches(u.name(), query)) {
                found.add(new PickChoice(u.id(), u.name(), null));
            }
        }
        return ranked(found, query, limit);
    }

    /** Units by id, in the given order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<PickChoice> unitsById(List<Long> ids) {
        List<PickChoice> out = new ArrayList<>();
        for (Long id : ids) {
            units.find(id).ifPresent(u -> out.add(new PickChoice(u.id(), u.name(), null)));
        }
        return out;
    }

    /** Standing committee members matching {@code query} (all of them when it is blank), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PickChoice> scMembers(String query, int limit) {
        return matching(
                people.scMemberRefs().stream()
                        .map(r -> new PickChoice(r.id(), r.name(), null))
                        .toList(),
                query,
                limit);
    }

    /** Standing committee members by id, in the given order; ids of anyone else are left out. */
    @Transactional(readOnly = true)
    public List<PickChoice> scMembersById(List<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        people.scMemberRefs().forEach(r -> names.put(r.id(), r.name()));
        return ids.stream()
                .filter(names::containsKey)
                .map(id -> new PickChoice(id, names.get(id), null))
                .toList();
    }

    /**
     * Choices another module lists (cases by number and title, say) narrowed the same way: by name or its pinyin
     * (initials), all of them when the query is blank, best matches first, at most {@code limit}.
     */
    public static List<PickChoice> matching(List<PickChoice> all, String query, int limit) {
        List<PickChoice> found = new ArrayList<>();
        for (PickChoice c : all) {
            if (query == null || query.isBlank() || Pinyin.matches(c.name(), query)) {
                found.add(c);
            }
        }
        return ranked(found, query, limit);
    }

    private List<DeputyView> allDeputies() {
        List<DeputyView> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_DEPUTIES; page++) {
            Page<DeputyView> p =
                    people.deputies(DeputyFilter.all(), new PageRequest(page, PageRequest.MAX_SIZE, null, false));
            all.addAll(p.items());
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    private static String detail(DeputyView d) {
        List<String> parts = new ArrayList<>();
        if (d.constituency() != null && !d.constituency().isBlank()) {
            parts.add(d.constituency());
        }
        if (d.streetName() != null
                && !d.streetName().isBlank()
                && !d.streetName().equals(d.constituency())) {
            parts.add(d.streetName());
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static List<PickChoice> ranked(List<PickChoice> found, String query, int limit) {
        String q = query == null ? "" : query.trim();
        Function<PickChoice, Integer> rank =
                c -> c.name().startsWith(q) ? 0 : c.name().contains(q) ? 1 : 2;
        return found.stream()
                .sorted(Comparator.comparing(rank).thenComparing(PickChoice::name, Collator.getInstance(Locale.CHINA)))
                .limit(Math.max(1, limit))
                .toList();
    }
}
