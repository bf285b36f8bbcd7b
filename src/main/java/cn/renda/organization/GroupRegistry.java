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

/** Deputy groups (代表小组) per street and the 共同缔造 professional groups, with their members. */
@Service
@Transactional(readOnly = true)
public class GroupRegistry {

    private final GroupRepository groups;
    private final StationRepository stations;
    private final PersonRepository people;
    private final Refs refs;
    private final AuditTrail audit;

    GroupRegistry(
            GroupRepository groups, StationRepository stations, PersonRepository people, Refs refs, AuditTrail audit) {
        this.groups = groups;
        this.stations = stations;
        this.people = people;
        this.refs = refs;
        this.audit = audit;
    }

    public Page<GroupView> list(GroupFilter filter, PageRequest page) {
        return Page.of(groups.page(filter, page), page, groups.count(filter));
    }

    /** A group with its members. */
    public GroupView get(long id) {
        return groups.find(id).orElseThrow(() -> new NotFoundException("group", id));
    }

    public Optional<GroupView> find(long id) {
        return groups.find(id);
    }

    /** Active groups, id → name (for pickers and filters). */
    public Map<Long, String> activeNames() {
        return groups.activeNames();
    }

    @Transactional
    public long create(GroupCommand command) {
        check(command, null);
        long id = groups.insert(command);
        groups.replaceMembers(id, members(command));
        audit.record("CREATE", "group", id, command.name());
        return id;
    }

    @Transactional
    public GroupView update(long id, GroupCommand command) {
        get(id);
        check(command, id);
        groups.update(id, command);
        groups.replaceMembers(id, members(command));
        audit.record("UPDATE", "group", id, command.name());
        return get(id);
    }

    @Transactional
    public void deactivate(long id) {
        get(id);
        groups.setActive(id, false);
        audit.record("DEACTIVATE", "group", id, null);
    }

    @Transactional
    public void activate(long id) {
        get(id);
        groups.setActive(id, true);
        audit.record("ACTIVATE", "group", id, null);
    }

    private static List<Long> members(GroupCommand c) {
        return c.memberIds() == null ? List.of() : c.memberIds();
    }

    private void check(GroupCommand c, Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Sql.clean(c.name());
        if (name == null || name.length() > 100) {
            problems.add(new FieldProblem("name", "organization.error.name"));
        } else if (groups.nameTaken(name, id)) {
            problems.add(new FieldProblem("name", "organization.error.nameTaken"));
        }
        if (!refs.load().street(c.streetId())) {
            problems.add(new FieldProblem("streetId", "organization.error.street"));
        }
        if (c.stationId() != null && stations.find(c.stationId()).isEmpty()) {
            problems.add(new FieldProblem("stationId", "organization.error.station"));
        }
        List<Long> members = members(c);
        if (!members.isEmpty()
                && new HashSet<>(people.withCurrentRole(RoleKind.DEPUTY, members)).size()
                        != new HashSet<>(members).size()) {
            problems.add(new FieldProblem("memberIds", "organization.error.deputies"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
