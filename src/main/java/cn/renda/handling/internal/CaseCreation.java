package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.TenantContext;
import cn.renda.handling.CaseCreated;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockEffect;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.NewCase;
import cn.renda.handling.NumberContext;
import cn.renda.handling.Proposer;
import cn.renda.identity.CurrentUser;
import cn.renda.organization.CongressFacade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Creates cases: checks, the case and its proposers, creation clocks, then the gap-free number last. */
@Component
class CaseCreation {
    private final KindRegistry kinds;
    private final HandlingRepository repo;
    private final Deadlines deadlines;
    private final ClockEffects clocks;
    private final CaseViews views;
    private final CongressFacade congresses;
    private final ApplicationEventPublisher publisher;

    CaseCreation(
            KindRegistry kinds,
            HandlingRepository repo,
            Deadlines deadlines,
            ClockEffects clocks,
            CaseViews views,
            CongressFacade congresses,
            ApplicationEventPublisher publisher) {
        this.kinds = kinds;
        this.repo = repo;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.views = views;
        this.congresses = congresses;
        this.publisher = publisher;
    }

    CaseView create(NewCase command, java.util.function.Consumer<CaseView> beforeNumbering) {
        CurrentUser user = CurrentUser.require();
        KindDefinition kind = kinds.get(command.kind());
        if (kind.createRoles().stream().noneMatch(user.roles()::contains)) {
            throw new org.springframework.security.access.AccessDeniedException("create " + kind.code());
        }
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (command.title() == null || command.title().isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("title", "handling.error.title"));
        } else if (command.title().length() > 300) {
            problems.add(new InvalidInputException.FieldProblem("title", "handling.error.title"));
        }
        if (command.source() == null || command.source().type() == null) {
            problems.add(new InvalidInputException.FieldProblem("source", "handling.error.source"));
        }
        LocalDate today = deadlines.today();
        // Taken over from an earlier year (demo data, imports): numbered in that year, never a later one.
        Integer datedIn = command.datedInYear();
        if (datedIn != null && (datedIn < 2000 || datedIn > today.getYear())) {
            problems.add(new InvalidInputException.FieldProblem("datedInYear", "handling.error.datedInYear"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int year = datedIn == null ? today.getYear() : datedIn;
        // Everything of the new case first, with the number left open ...
        long id = repo.insertCase(kind.code(), year, command, kind.initialState(), user.id());
        for (Proposer p : command.proposers()) {
            repo.insertProposer(id, p);
        }
        CaseRow row = repo.findCase(id).orElseThrow();
        CaseClocks newClocks = new CaseClocks(repo, id, List.of()); // a new case has none yet
        List<Object> events = new ArrayList<>();
        List<String> clockLog = new ArrayList<>();
        for (ClockEffect e : kind.onCreate()) {
            clocks.apply(kind, row, newClocks, e, "CREATE", null, today, clockLog, events);
        }
        CaseView unnumbered = views.view(row, user, List::of, newClocks.all());
        beforeNumbering.accept(unnumbered);
        // ... then the number: the number_sequence row lock is held from here to the commit, so only the
        // number, the CREATE event (its payload carries the number) and the event publications follow.
        long seq = repo.nextSequence(kind.code(), year);
        String number = kind.numberFormat()
                .format(new NumberContext(
                        congresses.current().shortName(), year, seq, command.category(), command.attributes()));
        repo.number(id, number, seq);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", number);
        payload.put("title", command.title());
        payload.put("source", command.source().type().name());
        if (datedIn != null) {
            payload.put("datedInYear", datedIn);
        }
        if (!clockLog.isEmpty()) {
            payload.put("clocks", clockLog);
        }
        repo.appendEvent(id, user.id(), user.displayName(), "CREATE", null, kind.initialState(), payload);
        publisher.publishEvent(
                new CaseCreated(TenantContext.require(), id, kind.code(), number, command.title(), user.id()));
        events.forEach(publisher::publishEvent);
        return CaseViews.with(unnumbered, number, unnumbered.actions());
    }
}
