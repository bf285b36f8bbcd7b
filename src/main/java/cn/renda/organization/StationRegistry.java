package cn.renda.organization;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
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

/** Deputy studios (功能型/枢纽型), liaison stations and contact points with their stationed deputies. */
@Service
@Transactional(readOnly = true)
public class StationRegistry {

    private final StationRepository stations;
    private final PersonRepository people;
    private final Refs refs;
    private final AuditTrail audit;

    StationRegistry(StationRepository stations, PersonRepository people, Refs refs, AuditTrail audit) {
        this.stations = stations;
        this.people = people;
        this.refs = refs;
        this.audit = audit;
    }

    public Page<StationView> list(StationFilter filter, PageRequest page) {
        return Page.of(stations.page(filter, page), page, stations.count(filter));
    }

    public StationView get(long id) {
        return stations.find(id).orElseThrow(() -> new NotFoundException("station", id));
    }

    public Optional<StationView> find(long id) {
        return stations.find(id);
    }

    /** Active stations, id → name (for pickers). */
    public Map<Long, String> activeNames() {
        return stations.activeNames();
    }

    @Transactional
    public long create(StationCommand command) {
        check(command, null, refs.load());
        long id = stations.insert(command);
        stations.replaceDeputies(id, deputies(command));
        audit.record("CREATE", "station", id, command.name());
        return id;
    }

    @Transactional
    public StationView update(long id, StationCommand command) {
        get(id);
        check(command, id, refs.load());
        stations.update(id, command);
        stations.replaceDeputies(id, deputies(command));
        audit.record("UPDATE", "station", id, command.name());
        return get(id);
    }

    @Transactional
    public void deactivate(long id) {
        get(id);
        stations.setActive(id, false);
        audit.record("DEACTIVATE", "station", id, null);
    }

    @Transactional
    public void activate(long id) {
        get(id);
        stations.setActive(id, true);
        audit.record("ACTIVATE", "station", id, null);
    }

    /**
     * Creates all stations in one transaction after checking every entry; any bad entry rejects all,
     * with problems named {@code [index].field}. Returns the ids in order.
     */
    @Transactional
    public List<Long> createAll(List<StationCommand> commands) {
        List<FieldProblem> problems = problems(commands);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> ids = stations.insertAll(commands);
        stations.addDeputies(
                ids, commands.stream().map(StationRegistry::deputies).toList());
        audit.record("IMPORT", "station", null, commands.size() + " stations");
        return ids;
    }

    /** The problems of a batch, named {@code [index].field}; empty when all can be inserted. */
    List<FieldProblem> problems(List<StationCommand> commands) {
        Refs.Snapshot snapshot = refs.load();
        List<FieldProblem> problems = new ArrayList<>();
        var names = new HashSet<String>();
        for (int i = 0; i < commands.size(); i++) {
            StationCommand c = commands.get(i);
            try {
                check(c, null, snapshot);
                if (!names.add(Sql.clean(c.name()))) {
                    throw new InvalidInputException("name", "organization.error.nameTaken");
                }
            } catch (InvalidInputException e) {
                int index = i;
                e.problems()
                        .forEach(p -> problems.add(
                                new FieldProblem("[" + index + "]." + p.field(), p.messageKey(), p.arguments())));
            }
        }
        return problems;
    }

    private static List<Long> deputies(StationCommand c) {
        return c.deputyIds() == null ? List.of() : c.deputyIds();
    }

    private void check(StationCommand c, Long id, Refs.Snapshot snapshot) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Sql.clean(c.name());
        if (name == null || name.length() > 100) {
            problems.add(new FieldProblem("name", "organization.error.name"));
        } else if (stations.nameTaken(name, id)) {
            problems.add(new FieldProblem("name", "organization.error.nameTaken"));
        }
        if (c.type() == null) {
            problems.add(new FieldProblem("type", "organization.error.required"));
        } else if (c.type() == StationType.DEPUTY_STUDIO && c.studioKind() == null) {
            problems.add(new FieldProblem("studioKind", "organization.error.studioKind"));
        }
        if (c.streetId() == null || !snapshot.street(c.streetId())) {
            problems.add(new FieldProblem("streetId", "organization.error.street"));
        }
        List<Long> deputies = deputies(c);
        if (!deputies.isEmpty()
                && new HashSet<>(people.withCurrentRole(RoleKind.DEPUTY, deputies)).size()
                        != new HashSet<>(deputies).size()) {
            problems.add(new FieldProblem("deputyIds", "organization.error.deputies"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
