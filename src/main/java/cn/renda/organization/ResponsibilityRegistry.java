package cn.renda.organization;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leadership responsibilities (包保): 一流域七河湖, key enterprises and major projects, with visit logs. */
@Service
@Transactional(readOnly = true)
public class ResponsibilityRegistry {

    private final ResponsibilityRepository responsibilities;
    private final PersonRepository people;
    private final AuditTrail audit;

    ResponsibilityRegistry(ResponsibilityRepository responsibilities, PersonRepository people, AuditTrail audit) {
        this.responsibilities = responsibilities;
        this.people = people;
        this.audit = audit;
    }

    public Page<ResponsibilityView> list(
            String text, ResponsibilityType type, Long leaderId, Boolean active, PageRequest page) {
        return Page.of(
                responsibilities.page(text, type, leaderId, active, page),
                page,
                responsibilities.count(text, type, leaderId, active));
    }

    public ResponsibilityView get(long id) {
        return responsibilities.find(id).orElseThrow(() -> new NotFoundException("responsibility", id));
    }

    /** The visits to a target, newest first. */
    public List<VisitView> visits(long id) {
        get(id);
        return responsibilities.visits(id);
    }

    @Transactional
    public long create(ResponsibilityCommand command) {
        check(command, null);
        long id = responsibilities.insert(command);
        audit.record("CREATE", "responsibility", id, command.name());
        return id;
    }

    @Transactional
    public ResponsibilityView update(long id, ResponsibilityCommand command) {
        get(id);
        check(command, id);
        responsibilities.update(id, command);
        audit.record("UPDATE", "responsibility", id, command.name());
        return get(id);
    }

    @Transactional
    public void deactivate(long id) {
        get(id);
        responsibilities.setActive(id, false);
        audit.record("DEACTIVATE", "responsibility", id, null);
    }

    @Transactional
    public void activate(long id) {
        get(id);
        responsibilities.setActive(id, true);
        audit.record("ACTIVATE", "responsibility", id, null);
    }

    /** Logs a visit to the target; returns the visit id. */
    @Transactional
    public long logVisit(long id, VisitCommand command) {
        get(id);
        if (command.date() == null) {
            throw new InvalidInputException("date", "organization.error.required");
        }
        if (Sql.clean(command.summary()) == null) {
            throw new InvalidInputException("summary", "organization.error.required");
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        long visit = responsibilities.insertVisit(id, command, auth == null ? "system" : auth.getName());
        audit.record("VISIT", "responsibility", id, null);
        return visit;
    }

    private void check(ResponsibilityCommand c, Long id) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Sql.clean(c.name());
        if (name == null || name.length() > 100) {
            problems.add(new FieldProblem("name", "organization.error.name"));
        } else if (responsibilities.nameTaken(name, id)) {
            problems.add(new FieldProblem("name", "organization.error.nameTaken"));
        }
        if (c.type() == null) {
            problems.add(new FieldProblem("type", "organization.error.required"));
        }
        if (c.leaderId() == null || people.find(c.leaderId()).isEmpty()) {
            problems.add(new FieldProblem("leaderId", "organization.error.person"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
