package cn.renda.organization;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双进双联: each SC member's committee (工作进专工委), discussion group (审议进讨论组) and fixed-linked
 * deputies (固定联系代表), and the contact log of members with deputies and of deputies with voters.
 */
@Service
@Transactional(readOnly = true)
public class LinkageRegistry {

    private final LinkageRepository linkages;
    private final PersonRepository people;
    private final BodyRepository bodies;
    private final AuditTrail audit;

    LinkageRegistry(LinkageRepository linkages, PersonRepository people, BodyRepository bodies, AuditTrail audit) {
        this.linkages = linkages;
        this.people = people;
        this.bodies = bodies;
        this.audit = audit;
    }

    /** Linkages filtered by a text (member name, discussion group) and committee. */
    public Page<LinkageView> list(String text, Long committeeId, PageRequest page) {
        return Page.of(linkages.page(text, committeeId, page), page, linkages.count(text, committeeId));
    }

    public LinkageView get(long id) {
        return linkages.find(id).orElseThrow(() -> new NotFoundException("linkage", id));
    }

    /** The linkage of an SC member, if set up. */
    public Optional<LinkageView> forMember(long memberId) {
        return linkages.idForMember(memberId).flatMap(linkages::find);
    }

    /** Sets (creates or replaces) an SC member's linkage; returns its id. */
    @Transactional
    public long save(LinkageCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.memberId() == null
                || people.withCurrentRole(RoleKind.SC_MEMBER, List.of(command.memberId()))
                        .isEmpty()) {
            problems.add(new FieldProblem("memberId", "organization.error.scMember"));
        }
        if (command.committeeId() != null
                && bodies.bodyKind(command.committeeId())
                        .filter(k -> k == BodyKind.COMMITTEE)
                        .isEmpty()) {
            problems.add(new FieldProblem("committeeId", "organization.error.committee"));
        }
        List<Long> deputies = command.deputyIds() == null ? List.of() : command.deputyIds();
        if (!deputies.isEmpty()
                && new HashSet<>(people.withCurrentRole(RoleKind.DEPUTY, deputies)).size()
                        != new HashSet<>(deputies).size()) {
            problems.add(new FieldProblem("deputyIds", "organization.error.deputies"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = linkages.upsert(command);
        linkages.replaceDeputies(id, deputies);
        audit.record("UPDATE", "linkage", id, null);
        return id;
    }

    /** The contact log of a person (as the one who contacted or was contacted), newest first. */
    public Page<ContactView> contacts(long personId, PageRequest page) {
        return Page.of(linkages.contacts(personId, page), page, linkages.countContacts(personId));
    }

    /** Logs a contact with a deputy (counterpart) or with voters; returns the entry id. */
    @Transactional
    public long logContact(ContactCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.personId() == null || people.find(command.personId()).isEmpty()) {
            problems.add(new FieldProblem("personId", "organization.error.person"));
        }
        if (command.counterpartId() == null && Sql.clean(command.voters()) == null) {
            problems.add(new FieldProblem("voters", "organization.error.counterpart"));
        }
        if (command.counterpartId() != null
                && people.find(command.counterpartId()).isEmpty()) {
            problems.add(new FieldProblem("counterpartId", "organization.error.person"));
        }
        if (command.date() == null) {
            problems.add(new FieldProblem("date", "organization.error.required"));
        }
        if (command.channel() == null) {
            problems.add(new FieldProblem("channel", "organization.error.required"));
        }
        if (Sql.clean(command.summary()) == null) {
            problems.add(new FieldProblem("summary", "organization.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        long id = linkages.insertContact(command, auth == null ? "system" : auth.getName());
        audit.record("CREATE", "contact", id, null);
        return id;
    }
}
