package cn.renda.organization;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Handling units (承办单位) of the congress: 一府一委两院, departments, street offices. Never deleted. */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final UnitRepository units;
    private final BodyRepository bodies;
    private final AuditTrail audit;

    UnitDirectory(UnitRepository units, BodyRepository bodies, AuditTrail audit) {
        this.units = units;
        this.bodies = bodies;
        this.audit = audit;
    }

    public Page<UnitView> list(UnitFilter filter, PageRequest page) {
        return Page.of(units.page(filter, page), page, units.count(filter));
    }

    public UnitView get(long id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<UnitView> find(long id) {
        return units.find(id);
    }

    /** The names of the given units (one query), for other modules that keep only unit ids. */
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        Long[] distinct =
                ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(Long[]::new);
        return distinct.length == 0 ? Map.of() : units.names(distinct);
    }

    public Optional<UnitView> findByName(String name) {
        return name == null ? Optional.empty() : units.findByName(name.strip());
    }

    /** The active units, by type and name (for assignment pickers). */
    public List<UnitView> activeUnits() {
        return units.active();
    }

    @Transactional
    public long create(UnitCommand command) {
        check(command, null);
        long id = units.insert(command);
        audit.record("CREATE", "unit", id, command.name());
        return id;
    }

    @Transactional
    public UnitView update(long id, UnitCommand command) {
        get(id);
        check(command, id);
        units.update(id, command);
        audit.record("UPDATE", "unit", id, command.name());
        return get(id);
    }

    @Transactional
    public void deactivate(long id) {
        get(id);
        units.setActive(id, false);
        audit.record("DEACTIVATE", "unit", id, null);
    }

    @Transactional
    public void activate(long id) {
        get(id);
        units.setActive(id, true);
        audit.record("ACTIVATE", "unit", id, null);
    }

    /**
     * Inserts all units in one transaction after checking each (a bad one rejects the whole batch with
     * problems named {@code [index].field}); returns the count.
     */
    @Transactional
    public int createAll(List<UnitCommand> commands) {
        List<InvalidInputException.FieldProblem> problems = problems(commands);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        units.insertAll(commands);
        audit.record("IMPORT", "unit", null, commands.size() + " units");
        return commands.size();
    }

    /** The problems of a batch, named {@code [index].field}; empty when all can be inserted. */
    List<InvalidInputException.FieldProblem> problems(List<UnitCommand> commands) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        var names = new HashSet<String>();
        for (int i = 0; i < commands.size(); i++) {
            UnitCommand c = commands.get(i);
            try {
                check(c, null);
                if (!names.add(Sql.clean(c.name()))) {
                    throw new InvalidInputException("name", "organization.error.nameTaken");
                }
            } catch (InvalidInputException e) {
                int index = i;
                e.problems()
                        .forEach(p -> problems.add(new InvalidInputException.FieldProblem(
                                "[" + index + "]." + p.field(), p.messageKey(), p.arguments())));
            }
        }
        return problems;
    }

    private void check(UnitCommand c, Long id) {
        String name = Sql.clean(c.name());
        if (name == null || name.length() > 100) {
            throw new InvalidInputException("name", "organization.error.name");
        }
        if (c.type() == null) {
            throw new InvalidInputException("type", "organization.error.required");
        }
        if (units.nameTaken(name, id)) {
            throw new InvalidInputException("name", "organization.error.nameTaken");
        }
        if (c.streetId() != null && bodies.streetName(c.streetId()).isEmpty()) {
            throw new InvalidInputException("streetId", "organization.error.street");
        }
    }
}
