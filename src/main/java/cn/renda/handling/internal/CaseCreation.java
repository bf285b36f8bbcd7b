package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.TenantContext;
import cn.renda.handling.CaseCreated;
import cn.renda.handling.CaseView;
import cn.renda.handling.CaseWriteContributor;
import cn.renda.handling.ClockEffect;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.CreationCommit;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.NewCase;
import cn.renda.handling.NumberContext;
import cn.renda.handling.Proposer;
import cn.renda.handling.Visibility;
import cn.renda.identity.CurrentUser;
import cn.renda.organization.CongressFacade;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
    private final IdBlocks ids;
    private final DataSource dataSource;
    private final ContributedWrites contributed;

    CaseCreation(
            KindRegistry kinds,
            HandlingRepository repo,
            Deadlines deadlines,
            ClockEffects clocks,
            CaseViews views,
            CongressFacade congresses,
            ApplicationEventPublisher publisher,
            IdBlocks ids,
            DataSource dataSource,
            ContributedWrites contributed) {
        this.contributed = contributed;
        this.ids = ids;
        this.dataSource = dataSource;
        this.kinds = kinds;
        this.repo = repo;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.views = views;
        this.congresses = congresses;
        this.publisher = publisher;
    }

    CaseView create(
            NewCase command, java.util.function.BiConsumer<CaseView, cn.renda.handling.CaseBatch> beforeNumbering) {
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
        long congress = TenantContext.require();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // Everything of the new case first, with the number left open, decided in memory and written in one round
        // trip (the id from the case sequence, so that clocks and the view need nothing read back) ...
        long id = ids.next("handling.cases");
        CaseRow row = new CaseRow(
                id,
                kind.code(),
                null,
                command.title(),
                command.content() == null ? "" : command.content(),
                command.category(),
                command.source().type(),
                command.source().reference(),
                command.source().date(),
                command.attributes() == null ? Map.of() : command.attributes(),
                kind.initialState(),
                Visibility.INTERNAL,
                false,
                null,
                null,
                false,
                null,
                null,
                false,
                0,
                user.id(),
                now,
                now);
        StepWrites writes = new StepWrites();
        writes.update(
                """
                insert into handling.cases (id, kind, year, title, content, category, source_type, source_ref,
                                            source_date, attributes, state, created_by, created_at, updated_at)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""",
                id,
                kind.code(),
                year,
                row.title(),
                row.content(),
                row.category(),
                row.sourceType().name(),
                row.sourceRef(),
                row.sourceDate(),
                repo.toJson(command.attributes()),
                row.state(),
                user.id(),
                now,
                now);
        if (!command.proposers().isEmpty()) {
            StringBuilder values = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (Proposer p : command.proposers()) {
                values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?)");
                args.addAll(java.util.Arrays.asList(id, p.accountId(), p.personId(), p.name()));
            }
            writes.update(
                    "insert into handling.proposer (case_id, account_id, person_id, name) values " + values,
                    args.toArray());
        }
        // the congress's policies are read only when the kind starts a clock on creation
        Map<ClockName, ClockPolicy> policies = kind.onCreate().isEmpty() ? Map.of() : repo.policies(kind.code());
        CaseClocks newClocks = new CaseClocks(writes, ids, id, List.of(), policies, today); // a new case has none yet
        List<Object> events = new ArrayList<>();
        List<String> clockLog = new ArrayList<>();
        for (ClockEffect e : kind.onCreate()) {
            clocks.apply(kind, row, newClocks, e, "CREATE", null, today, clockLog, events);
        }
        writes.send(dataSource);
        CaseView unnumbered = views.view(
                new CaseSnapshot(
                        row,
                        List.of(),
                        newClocks.all(),
                        List.copyOf(command.proposers()),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        policies),
                user);
        // Writes of the caller and of other modules that need the number join the number's round trip (the number in
        // them is CaseNumbering.NUMBER_SQL, read when they run).
        StepWrites numbered = new StepWrites();
        beforeNumbering.accept(unnumbered, ContributedWrites.batch(numbered, congress, id, true));
        contributed.created(
                new CaseWriteContributor.Created(
                        congress,
                        id,
                        kind.code(),
                        command.title(),
                        command.attributes() == null ? Map.of() : command.attributes()),
                numbered);
        // Everything the number needs is read before it is taken (the congress's short name included) ...
        String shortName = congresses.current().shortName();
        java.util.function.LongFunction<String> format = CaseNumbering.of(
                kind.numberFormat(),
                n -> new NumberContext(shortName, year, n, command.category(), command.attributes()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", command.title());
        payload.put("source", command.source().type().name());
        if (datedIn != null) {
            payload.put("datedInYear", datedIn);
        }
        if (!clockLog.isEmpty()) {
            payload.put("clocks", clockLog);
        }
        // ... then the number, as the creation's last round trip before the commit: the number_sequence row lock is
        // held from here to the commit, so the sequence, the case's number, the CREATE event (its payload carries the
        // number) and the writes that name the number go in one round trip; the number reaches those writes through
        // the transaction's setting the event's append leaves (CaseNumbering.NUMBER_SQL), not as a bound value.
        String[] around = CaseNumbering.around(format);
        StepWrites last = new StepWrites();
        long seq;
        String number;
        int event;
        if (around != null) {
            // the later statements read the advanced sequence row, then the numbered case row
            int next = last.query(
                    """
                    insert into handling.number_sequence (kind, year, last_value) values (?, ?, 1)
                    on conflict (congress_id, kind, year)
                    do update set last_value = handling.number_sequence.last_value + 1
                    returning last_value""",
                    kind.code(),
                    year);
            // the number's update of the case row also advances its chain head over the CREATE event, whose payload
            // carries the number (one row version), and leaves the number in the setting the later writes read; a
            // function, not a sub-select as an argument, which would nest distributed queries on Citus
            event = last.query(
                    """
                    select seq from handling.append_event(?, ?, ?, ?, ?, ?, ?::jsonb, p_number_kind => ?,
                                                          p_number_year => ?, p_number_prefix => ?,
                                                          p_number_suffix => ?, p_next_due => ?)""",
                    id,
                    user.id(),
                    user.displayName(),
                    "CREATE",
                    null,
                    kind.initialState(),
                    repo.toJson(payload),
                    kind.code(),
                    year,
                    around[0],
                    around[1],
                    newClocks.nextDue());
            last.append(numbered);
            boolean commit = commitsHere(last);
            last.send(dataSource);
            committed(commit);
            seq = ((Number) last.value(next)).longValue();
            number = around[0] + seq + around[1];
        } else {
            seq = repo.nextSequence(kind.code(), year);
            number = format.apply(seq);
            payload.put("number", number);
            last.update(
                    "update handling.cases set number = ?, seq = ?, next_due = ? where congress_id = ? and id = ?",
                    number,
                    seq,
                    newClocks.nextDue(),
                    congress,
                    id);
            event = last.query(
                    "select seq from handling.append_event(?, ?, ?, ?, ?, ?, ?::jsonb)",
                    id,
                    user.id(),
                    user.displayName(),
                    "CREATE",
                    null,
                    kind.initialState(),
                    repo.toJson(payload));
            // a statement without a table: on Citus it runs on the coordinator, where the later writes read it
            last.query("select set_config('" + CaseNumbering.SETTING + "', ?, true)", number);
            last.append(numbered);
            last.send(dataSource); // the commit follows on its own: append_event's empty result is checked below
        }
        if (last.count(event) != 1) {
            throw new IllegalStateException("no case " + id + " in the bound congress to append to");
        }
        publisher.publishEvent(
                new CaseCreated(TenantContext.require(), id, kind.code(), number, command.title(), user.id()));
        events.forEach(publisher::publishEvent);
        return CaseViews.with(unnumbered, number, unnumbered.actions());
    }

    /**
     * Ends the numbering round trip with the transaction's COMMIT when its owner declared the creation its last work
     * ({@link CreationCommit#allow()}): the number's row lock is then released by the same server-side execution that
     * took it. A failure of any statement before it skips the COMMIT (the rest of the round trip is skipped and the
     * transaction rolls back: no case, no number, nothing else).
     */
    private static boolean commitsHere(StepWrites last) {
        if (!CreationCommit.allowed()) {
            return false;
        }
        CreationCommit.withhold(); // once per transaction
        last.update(CommittedCreation.COMMIT);
        return true;
    }

    private void committed(boolean commit) {
        if (commit) {
            CommittedCreation.register(dataSource);
        }
    }
}
