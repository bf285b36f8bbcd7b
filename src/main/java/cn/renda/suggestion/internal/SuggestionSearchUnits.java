package cn.renda.suggestion.internal;

import cn.renda.handling.Action;
import cn.renda.handling.CaseBatch;
import cn.renda.handling.CaseWriteContributor;
import cn.renda.handling.UnitAssignment;
import cn.renda.search.IndexedUnit;
import cn.renda.search.SearchFacade;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The search index's units of a suggestion case being assigned by the office ({@link CaseHandling}), written in the
 * engine's step round trip instead of a statement after it: the office names the assignments before the step
 * ({@link #assigning}), the step's batch takes them, and {@link SuggestionCaseListener} then leaves that case alone.
 * An assignment through the generic case API is not announced and keeps the listener's statement. Kept for the
 * transaction only.
 */
@Component
class SuggestionSearchUnits implements CaseWriteContributor {

    private final SearchFacade search;

    SuggestionSearchUnits(SearchFacade search) {
        this.search = search;
    }

    /** The office is about to assign {@code caseId} to these units in this transaction. */
    void assigning(long caseId, List<UnitAssignment> assignments) {
        Pending p = pending(true);
        if (p != null) {
            p.announced.put(
                    caseId,
                    assignments.stream()
                            .map(a -> new IndexedUnit(a.unitId(), a.role().name()))
                            .toList());
        }
    }

    @Override
    public void stepped(Stepped step, CaseBatch batch) {
        if (step.action() != Action.ASSIGN) {
            return;
        }
        Pending p = pending(false);
        List<IndexedUnit> units = p == null ? null : p.announced.remove(step.caseId());
        if (units != null) {
            search.updateUnits(step.caseId(), units, batch);
            p.written.add(step.caseId());
        }
    }

    /** Whether this transaction's step on {@code caseId} already wrote the units (the listener then writes none). */
    boolean written(long caseId) {
        Pending p = pending(false);
        return p != null && p.written.contains(caseId);
    }

    private Pending pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization t : TransactionSynchronizationManager.getSynchronizations()) {
            if (t instanceof Pending p && p.owner == this) {
                return p;
            }
        }
        if (!create) {
            return null;
        }
        Pending p = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    /** One transaction's announced and written assignments by case. */
    private static final class Pending implements TransactionSynchronization {
        private final SuggestionSearchUnits owner;
        private final Map<Long, List<IndexedUnit>> announced = new HashMap<>();
        private final Set<Long> written = new HashSet<>();

        Pending(SuggestionSearchUnits owner) {
            this.owner = owner;
        }
    }
}
