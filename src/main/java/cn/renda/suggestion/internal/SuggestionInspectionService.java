package cn.renda.suggestion.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.suggestion.InspectionView;
import cn.renda.suggestion.NewInspection;
import cn.renda.suggestion.SuggestionFacade;
import cn.renda.suggestion.SuggestionInspections;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The implementation of {@link SuggestionInspections}. */
@Service
class SuggestionInspectionService implements SuggestionInspections {

    private final InspectionRepository inspections;
    private final SuggestionRepository suggestions;
    private final HandlingFacade handling;
    private final Clock clock;

    SuggestionInspectionService(
            InspectionRepository inspections, SuggestionRepository suggestions, HandlingFacade handling, Clock clock) {
        this.inspections = inspections;
        this.suggestions = suggestions;
        this.handling = handling;
        this.clock = clock;
    }

    /** Records an inspection (STAFF or LEADER); every linked suggestion must be a key suggestion. */
    @Transactional
    public InspectionView record(NewInspection i) {
        CurrentUser user = require(Role.STAFF, Role.LEADER);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(SuggestionFacade.ZONE));
        if (i.inspectedOn() == null || i.inspectedOn().isAfter(today)) {
            problems.add(new InvalidInputException.FieldProblem("inspectedOn", "suggestion.error.inspectedOn"));
        }
        if (blank(i.leader(), 200)) {
            problems.add(new InvalidInputException.FieldProblem("leader", "suggestion.error.leader"));
        }
        if (i.participants() != null && i.participants().length() > 2000) {
            problems.add(new InvalidInputException.FieldProblem("participants", "suggestion.error.participants"));
        }
        if (blank(i.places(), 2000)) {
            problems.add(new InvalidInputException.FieldProblem("places", "suggestion.error.places"));
        }
        if (blank(i.findings(), 20_000)) {
            problems.add(new InvalidInputException.FieldProblem("findings", "suggestion.error.findings"));
        }
        if (blank(i.requirements(), 20_000)) {
            problems.add(new InvalidInputException.FieldProblem("requirements", "suggestion.error.requirements"));
        }
        List<SuggestionRepository.Row> linked = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(i.suggestionIds())) {
            SuggestionRepository.Row row =
                    id == null ? null : suggestions.find(id).orElse(null);
            if (row == null
                    || row.caseId() == null
                    || !handling.get(row.caseId()).keyCase()) {
                problems.add(new InvalidInputException.FieldProblem("suggestionIds", "suggestion.error.inspectionKey"));
                break;
            }
            linked.add(row);
        }
        if (linked.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("suggestionIds"))) {
            problems.add(new InvalidInputException.FieldProblem("suggestionIds", "suggestion.error.inspectionKey"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewInspection clean = new NewInspection(
                i.inspectedOn(),
                i.leader(),
                i.participants(),
                i.places(),
                i.findings(),
                i.requirements(),
                linked.stream().map(SuggestionRepository.Row::id).toList());
        long id = inspections.insert(clean, user.id());
        for (SuggestionRepository.Row row : linked) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("inspectionId", id);
            payload.put("date", i.inspectedOn().toString());
            payload.put("leader", i.leader().trim());
            payload.put("places", i.places().trim());
            payload.put("text", i.requirements().trim());
            handling.note(row.caseId(), "INSPECTION", payload);
        }
        return inspections.find(id).orElseThrow();
    }

    /** The inspections, newest first (office roles). */
    @Transactional(readOnly = true)
    public Page<InspectionView> list(PageRequest page) {
        office();
        return Page.of(inspections.page(page), page, inspections.count());
    }

    /** One inspection (office roles). */
    @Transactional(readOnly = true)
    public InspectionView get(long id) {
        office();
        return inspections.find(id).orElseThrow(() -> new NotFoundException("inspection", id));
    }

    /** The inspections that concerned a suggestion (office roles; empty for others). */
    @Transactional(readOnly = true)
    public List<InspectionView> ofSuggestion(long suggestionId) {
        if (!CurrentUser.require().hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER)) {
            return List.of();
        }
        return inspections.ofSuggestion(suggestionId);
    }

    /** The key suggestions an inspection may concern (the open key cases of the congress, at most 200). */
    @Transactional(readOnly = true)
    public List<InspectionView.Linked> keySuggestions() {
        office();
        Page<CaseSummary> keys = handling.list(
                new CaseFilter(SuggestionKinds.SUGGESTION, null, null, null, null, null, null, true),
                new PageRequest(0, 200, "number", false));
        if (keys.items().isEmpty()) {
            return List.of();
        }
        return suggestions
                .findByCases(keys.items().stream().map(CaseSummary::id).toArray(Long[]::new))
                .stream()
                .map(r -> new InspectionView.Linked(r.id(), r.caseNumber(), r.title()))
                .toList();
    }

    private static boolean blank(String s, int max) {
        return s == null || s.isBlank() || s.length() > max;
    }

    private static void office() {
        require(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
    }

    private static CurrentUser require(Role... roles) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(roles)) {
            throw new AccessDeniedException("inspections");
        }
        return user;
    }
}
