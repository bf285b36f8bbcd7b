package cn.renda.suggestion.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The registered submissions a transaction has read (with their deputies' accounts), kept for that transaction
 * only: a step reads its submission before deciding (with the engine's case read or alone), and the deputies'
 * notice of the same step names the submission and its deputies from that read instead of reading them again.
 * The contacts it read answer the reply's contact guard the same way. Nothing outlives the transaction, so a signer,
 * title or contact changed later is read anew by the next one.
 */
@Component
class StepSubmissions {

    /** Remembers a submission a statement of this transaction has just read (registered ones only). */
    void read(SuggestionSnapshots.Snapshot s) {
        if (s.row().caseId() == null) {
            return;
        }
        Known known = known(true);
        if (known != null) {
            var r = s.row();
            known.byCase.put(
                    r.caseId(),
                    new DeputyNotices.Submission(r.id(), r.title(), r.caseNumber(), r.caseState(), s.deputies()));
            Set<Long> units = new HashSet<>();
            s.contacts().forEach(c -> units.add(c.unitId()));
            known.contactUnits.put(r.caseId(), units);
        }
    }

    /**
     * Whether the case has a contact with the deputy (by {@code unitId}, or by any unit for null), when this
     * transaction read the case's submission with its contacts; empty when it did not (the caller reads).
     */
    Optional<Boolean> contacted(long caseId, Long unitId) {
        Known known = known(false);
        Set<Long> units = known == null ? null : known.contactUnits.get(caseId);
        if (units == null) {
            return Optional.empty();
        }
        return Optional.of(unitId == null ? !units.isEmpty() : units.contains(unitId));
    }

    /** A contact this transaction recorded (so that the contacts it read stay the case's). */
    void contactRecorded(long caseId, long unitId) {
        Known known = known(false);
        Set<Long> units = known == null ? null : known.contactUnits.get(caseId);
        if (units != null) {
            units.add(unitId);
        }
    }

    /** The submission of {@code caseId} as this transaction read it before its step, if it did. */
    Optional<DeputyNotices.Submission> ofCase(long caseId) {
        Known known = known(false);
        return known == null ? Optional.empty() : Optional.ofNullable(known.byCase.get(caseId));
    }

    /** The transaction's reads (made on first use when {@code create}); null outside a transaction or none yet. */
    private Known known(boolean create) {
        return TransactionScoped.get(this, create ? Known::new : null);
    }

    /** One transaction's submissions by case. */
    private static final class Known {
        private final Map<Long, DeputyNotices.Submission> byCase = new HashMap<>();
        private final Map<Long, Set<Long>> contactUnits = new HashMap<>();
    }
}
