package cn.renda.organization;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.PersonalData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their roles over time; deputies are people with a DEPUTY role, SC members people with a
 * current SC_MEMBER role. Phones leave only masked. Nothing is deleted: roles end, people deactivate.
 */
@Service
@Transactional(readOnly = true)
public class PersonRegistry {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{0,20}");

    private final PersonRepository people;
    private final GroupRepository groups;
    private final Refs refs;
    private final AuditTrail audit;
    private final PersonalData personalData;

    PersonRegistry(
            PersonRepository people, GroupRepository groups, Refs refs, AuditTrail audit, PersonalData personalData) {
        this.people = people;
        this.groups = groups;
        this.refs = refs;
        this.audit = audit;
        this.personalData = personalData;
    }

    // --- people

    public Page<PersonView> list(PersonFilter filter, PageRequest page) {
        return Page.of(people.page(filter, page), page, people.count(filter));
    }

    public PersonDetail get(long id) {
        PersonView person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
        return new PersonDetail(person, people.roles(id));
    }

    public Optional<PersonView> find(long id) {
        return people.find(id);
    }

    @Transactional
    public long create(PersonCommand command) {
        checkPerson(command, refs.load());
        long id = people.insert(command);
        audit.record("CREATE", "person", id, null);
        return id;
    }

    @Transactional
    public PersonView update(long id, PersonCommand command) {
        requirePerson(id);
        checkPerson(command, refs.load());
        people.update(id, command);
        audit.record("UPDATE", "person", id, null);
        return requirePerson(id);
    }

    @Transactional
    public void deactivate(long id) {
        requirePerson(id);
        people.setActive(id, false);
        audit.record("DEACTIVATE", "person", id, null);
    }

    @Transactional
    public void activate(long id) {
        requirePerson(id);
        people.setActive(id, true);
        audit.record("ACTIVATE", "person", id, null);
    }

    /** Gives a person a role; returns the role id. */
    @Transactional
    public long addRole(long personId, RoleCommand role) {
        requirePerson(personId);
        checkRole(role, refs.load(), "");
        long id = people.insertRole(personId, role);
        audit.record("ADD_ROLE", "person", personId, role.kind().name());
        return id;
    }

    /** Ends a role: from {@code until} on it no longer holds (the history stays). */
    @Transactional
    public void endRole(long personId, long roleId, LocalDate until) {
        RoleView role = people.role(roleId)
                .filter(r -> r.personId() == personId)
                .orElseThrow(() -> new NotFoundException("role", roleId));
        people.endRole(roleId, until == null ? LocalDate.now() : until);
        audit.record("END_ROLE", "person", personId, role.kind().name());
    }

    /**
     * Creates people each with one role in one transaction (loaders, imports); returns the ids in the
     * order given. Any bad entry rejects all, with problems named {@code [index].field}.
     */
    @Transactional
    public List<Long> createAll(List<PersonCommand> persons, List<RoleCommand> roles) {
        if (persons.size() != roles.size()) {
            throw new IllegalArgumentException("one role per person");
        }
        Refs.Snapshot snapshot = refs.load();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            int index = i;
            collect(problems, index, () -> {
                checkPerson(persons.get(index), snapshot);
                checkRole(roles.get(index), snapshot, "");
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> ids = people.insertAll(persons);
        people.insertRoles(ids, roles);
        audit.record("IMPORT", "person", null, persons.size() + " people");
        return ids;
    }

    // --- deputies

    public Page<DeputyView> deputies(DeputyFilter filter, PageRequest page) {
        return Page.of(people.deputies(filter, page), page, people.countDeputies(filter));
    }

    /** A deputy (current or former); 404 when the person never was a deputy or is not visible. */
    public DeputyView deputy(long id) {
        return people.deputy(id).orElseThrow(() -> new NotFoundException("deputy", id));
    }

    public Optional<DeputyView> findDeputy(long id) {
        return people.deputy(id);
    }

    /**
     * The person's phone in full, for a caller that has decided the signed-in user must call them (the unit
     * handling the deputy's suggestion); every call is audited with {@code purpose} (e.g. {@code suggestion 42}).
     * Empty when the person has no phone. Pages show it only where that decision was made; elsewhere masked.
     */
    public Optional<String> revealPhone(long personId, String purpose) {
        Optional<String> phone = people.phone(personId);
        phone.ifPresent(p -> personalData.auditFullView("person", personId, purpose));
        return phone;
    }

    /** The current deputies elected in a street's constituencies. */
    public List<DeputyView> deputiesOfStreet(long streetId) {
        return people.deputies(
                new DeputyFilter(null, null, streetId, null, true),
                new PageRequest(0, PageRequest.MAX_SIZE, null, false));
    }

    /** Current deputies as short references (for pickers), by street and name. */
    public List<PersonRef> deputyRefs() {
        return people.currentRefs(RoleKind.DEPUTY);
    }

    /** Creates a person with a DEPUTY role (and group membership); returns the person id. */
    @Transactional
    public long createDeputy(DeputyCommand command) {
        Refs.Snapshot snapshot = refs.load();
        checkDeputy(command, snapshot);
        long id = people.insert(person(command));
        people.insertRole(id, deputyRole(command));
        if (command.groupId() != null) {
            groups.addMembers(command.groupId(), List.of(id));
        }
        audit.record("CREATE", "deputy", id, null);
        return id;
    }

    @Transactional
    public DeputyView updateDeputy(long id, DeputyCommand command) {
        DeputyView current = deputy(id);
        checkDeputy(command, refs.load());
        people.update(id, person(command));
        long roleId = people.latestDeputyRole(id).orElseThrow(() -> new NotFoundException("deputy", id));
        people.updateDeputyRole(roleId, command, command.since() == null ? current.since() : command.since());
        if (command.groupId() != null) {
            groups.addMembers(command.groupId(), List.of(id));
        }
        audit.record("UPDATE", "deputy", id, null);
        return deputy(id);
    }

    /** Ends the deputy's mandate today; the person and the history stay. */
    @Transactional
    public void deactivateDeputy(long id) {
        deputy(id);
        long roleId = people.latestDeputyRole(id).orElseThrow();
        people.endRole(roleId, LocalDate.now());
        audit.record("DEACTIVATE", "deputy", id, null);
    }

    /** Reopens the deputy's latest mandate. */
    @Transactional
    public void activateDeputy(long id) {
        deputy(id);
        people.reopenRole(people.latestDeputyRole(id).orElseThrow());
        audit.record("ACTIVATE", "deputy", id, null);
    }

    /**
     * Creates all deputies in one transaction after checking every entry; any bad entry rejects all,
     * with problems named {@code [index].field}. Returns the new person ids in order.
     */
    @Transactional
    public List<Long> createDeputies(List<DeputyCommand> commands) {
        List<FieldProblem> problems = deputyProblems(commands);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return insertDeputies(commands);
    }

    /** Inserts deputies already checked with {@link #deputyProblems} (imports); returns the ids in order. */
    @Transactional
    List<Long> insertDeputies(List<DeputyCommand> commands) {
        List<Long> ids =
                people.insertAll(commands.stream().map(PersonRegistry::person).toList());
        people.insertRoles(
                ids, commands.stream().map(PersonRegistry::deputyRole).toList());
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).groupId() != null) {
                groups.addMembers(commands.get(i).groupId(), List.of(ids.get(i)));
            }
        }
        audit.record("IMPORT", "deputy", null, commands.size() + " deputies");
        return ids;
    }

    /** The problems of a batch of deputies, named {@code [index].field}; empty when all can be inserted. */
    List<FieldProblem> deputyProblems(List<DeputyCommand> commands) {
        Refs.Snapshot snapshot = refs.load();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            int index = i;
            collect(problems, index, () -> checkDeputy(commands.get(index), snapshot));
        }
        return problems;
    }

    // --- standing committee

    /** Current SC members, chair first. */
    public List<ScMemberView> scMembers() {
        return people.scMembers();
    }

    /** Current SC members as short references (for pickers). */
    public List<PersonRef> scMemberRefs() {
        return people.currentRefs(RoleKind.SC_MEMBER);
    }

    // --- checks

    private PersonView requirePerson(long id) {
        return people.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    private static void collect(List<FieldProblem> problems, int index, Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            e.problems()
                    .forEach(p -> problems.add(
                            new FieldProblem("[" + index + "]." + p.field(), p.messageKey(), p.arguments())));
        }
    }

    private static PersonCommand person(DeputyCommand c) {
        return new PersonCommand(c.name(), c.gender(), c.employer(), c.phone(), c.streetId());
    }

    private static RoleCommand deputyRole(DeputyCommand c) {
        return new RoleCommand(
                RoleKind.DEPUTY,
                c.since() == null ? LocalDate.now() : c.since(),
                null,
                c.level(),
                c.constituency(),
                c.streetId(),
                c.term(),
                null,
                null,
                null,
                null);
    }

    private static void checkPerson(PersonCommand c, Refs.Snapshot snapshot) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Sql.clean(c.name());
        if (name == null || name.length() > 60) {
            problems.add(new FieldProblem("name", "organization.error.name"));
        }
        if (c.phone() != null && !PHONE.matcher(c.phone().strip()).matches()) {
            problems.add(new FieldProblem("phone", "organization.error.phone"));
        }
        if (!snapshot.street(c.streetId())) {
            problems.add(new FieldProblem("streetId", "organization.error.street"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkDeputy(DeputyCommand c, Refs.Snapshot snapshot) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            checkPerson(person(c), snapshot);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (c.level() == null) {
            problems.add(new FieldProblem("level", "organization.error.required"));
        }
        if (c.term() != null && c.term() <= 0) {
            problems.add(new FieldProblem("term", "organization.error.term"));
        }
        if (!snapshot.group(c.groupId())) {
            problems.add(new FieldProblem("groupId", "organization.error.group"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkRole(RoleCommand r, Refs.Snapshot snapshot, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.kind() == null) {
            throw new InvalidInputException(prefix + "kind", "organization.error.required");
        }
        if (r.validFrom() == null) {
            problems.add(new FieldProblem(prefix + "validFrom", "organization.error.required"));
        } else if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            problems.add(new FieldProblem(prefix + "validTo", "organization.error.period"));
        }
        switch (r.kind()) {
            case DEPUTY -> {
                if (r.deputyLevel() == null) {
                    problems.add(new FieldProblem(prefix + "deputyLevel", "organization.error.required"));
                }
                if (!snapshot.street(r.streetId())) {
                    problems.add(new FieldProblem(prefix + "streetId", "organization.error.street"));
                }
            }
            case SC_MEMBER -> {
                if (r.scPosition() == null) {
                    problems.add(new FieldProblem(prefix + "scPosition", "organization.error.required"));
                }
                if (r.bodyId() != null && snapshot.bodies().get(r.bodyId()) != BodyKind.COMMITTEE) {
                    problems.add(new FieldProblem(prefix + "bodyId", "organization.error.committee"));
                }
            }
            case STAFF -> {
                if (r.bodyId() == null || !snapshot.bodies().containsKey(r.bodyId())) {
                    problems.add(new FieldProblem(prefix + "bodyId", "organization.error.body"));
                }
            }
            case UNIT_OFFICER, APPOINTEE -> {
                if (r.unitId() == null || !snapshot.unit(r.unitId())) {
                    problems.add(new FieldProblem(prefix + "unitId", "organization.error.unit"));
                }
                if (r.kind() == RoleKind.APPOINTEE && Sql.clean(r.title()) == null) {
                    problems.add(new FieldProblem(prefix + "title", "organization.error.required"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
