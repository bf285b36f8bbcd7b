package cn.renda.suggestion.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registered submissions a transaction has read (with their deputies' accounts), kept for that transaction
 * only: a step reads its submission before deciding (with the engine's case read or alone), and the deputies'
 * notice of the same step names the submission and its deputies from that read instead of reading them again.
 * Nothing outlives the transaction, so a signer or title changed later is read anew by the next one.
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
        }
    }

    /** The submission of {@code caseId} as this transaction read it before its step, if it did. */
    Optional<DeputyNotices.Submission> ofCase(long caseId) {
        Known known = known(false);
        return known == null ? Optional.empty() : Optional.ofNullable(known.byCase.get(caseId));
    }

    /** The transaction's reads, registered on first use; null outside a transaction (or none yet). */
    private Known known(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        // looked up among the synchronizations, not bound as a resource: an inner REQUIRES_NEW transaction suspends
        // them and so starts with none
        for (TransactionSynchronization t : TransactionSynchronizationManager.getSynchronizations()) {
            if (t instanceof Known k && k.owner == this) {
                return k;
            }
        }
        if (!create) {
            return null;
        }
        Known k = new Known(this);
        TransactionSynchronizationManager.registerSynchronization(k);
        return k;
    }

    /** One transaction's submissions by case. */
    private static final class Known implements TransactionSynchronization {
        private final StepSubmissions owner;
        private final Map<Long, DeputyNotices.Submission> byCase = new HashMap<>();

        Known(StepSubmissions owner) {
            this.owner = owner;
        }
    }
}
