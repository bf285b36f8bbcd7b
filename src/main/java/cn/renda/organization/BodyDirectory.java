package cn.renda.organization;

import cn.renda.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Streets (街道) and bodies of the congress: the standing committee, committees, directors' meeting, street committees. */
@Service
@Transactional(readOnly = true)
public class BodyDirectory {

    private final BodyRepository repository;
    private final AuditTrail audit;

    BodyDirectory(BodyRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The streets in their display order, with counts of deputies, stations and groups. */
    public List<StreetView> streets() {
        return repository.streets();
    }

    /** Street id → name, for filters and forms. */
    public Map<Long, String> streetNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        repository.streets().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    public Optional<Long> streetId(String name) {
        return name == null ? Optional.empty() : repository.streetId(name.strip());
    }

    public Optional<String> streetName(long id) {
        return repository.streetName(id);
    }

    /** Bodies of a kind, or all when {@code kind} is null. */
    public List<BodyView> bodies(BodyKind kind) {
        return repository.bodies(kind);
    }

    /** The committees (专工委), id → name, for forms. */
    public Map<Long, String> committeeNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        repository.bodies(BodyKind.COMMITTEE).forEach(b -> names.put(b.id(), b.name()));
        return names;
    }

    /** Every body, id → name, for forms. */
    public Map<Long, String> bodyNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        repository.bodies(null).forEach(b -> names.put(b.id(), b.name()));
        return names;
    }

    /** Adds a street and its street working committee (街道人大工委); returns the street id. */
    @Transactional
    public long createStreet(String name, int sortOrder) {
        String clean = Sql.clean(name);
        if (clean == null || clean.length() > 60) {
            throw new InvalidInputException("name", "organization.error.name");
        }
        if (repository.streetId(clean).isPresent()) {
            throw new InvalidInputException("name", "organization.error.nameTaken");
        }
        long id = repository.insertStreet(clean, sortOrder);
        repository.insertBody(BodyKind.STREET_COMMITTEE, clean + "人大工委", id, sortOrder);
        audit.record("CREATE", "street", id, clean);
        return id;
    }

    /** Adds a body that is not a street committee (those come with their street). */
    @Transactional
    public long createBody(BodyKind kind, String name, int sortOrder) {
        if (kind == null || kind == BodyKind.STREET_COMMITTEE) {
            throw new InvalidInputException("kind", "organization.error.bodyKind");
        }
        String clean = Sql.clean(name);
        if (clean == null || clean.length() > 100) {
            throw new InvalidInputException("name", "organization.error.name");
        }
        long id = repository.insertBody(kind, clean, null, sortOrder);
        audit.record("CREATE", "body", id, clean);
        return id;
    }

    Optional<BodyKind> bodyKind(long id) {
        return repository.bodyKind(id);
    }
}
