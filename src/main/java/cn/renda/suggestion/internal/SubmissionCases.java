package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which case a registered submission became, and back, remembered per instance (least recently used dropped first).
 * Submission → case is a hint for a step's read with the engine's ({@code HandlingFacade.actWith}): a submission's
 * case never changes once registered, but a remembered pair may come from a registration that rolled back, so the
 * combined read checks it ({@code s.case_id}) and a wrong one is forgotten. Case → submission is filled only by reads
 * of committed rows, so it never goes stale on any instance (case ids are not reused); it spares outreach's listener a
 * read on every reply.
 */
@Component
class SubmissionCases {

    /** Pairs remembered per instance in each direction. */
    static final int CAPACITY = 50_000;

    private record Key(Long congress, long id) {}

    private final Map<Key, Long> caseBySubmission = lru();
    private final Map<Key, Long> submissionByCase = lru();

    private static Map<Key, Long> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    /** The case the submission was seen registered as in the bound congress, or null (a hint, see above). */
    synchronized Long caseOf(long submission) {
        return caseBySubmission.get(new Key(TenantContext.orNone(), submission));
    }

    synchronized void remember(long submission, long caseId) {
        caseBySubmission.put(new Key(TenantContext.orNone(), submission), caseId);
    }

    synchronized void forget(long submission) {
        caseBySubmission.remove(new Key(TenantContext.orNone(), submission));
    }

    /** The submission of the bound congress's case, when this instance has read it. */
    synchronized Optional<Long> submissionOf(long caseId) {
        Long congress = TenantContext.current().orElse(null);
        return congress == null
                ? Optional.empty()
                : Optional.ofNullable(submissionByCase.get(new Key(congress, caseId)));
    }

    /** Remembers a case's submission in the bound congress, as a statement of the caller just read it. */
    void seen(long caseId, long submission) {
        TenantContext.current().ifPresent(congress -> {
            synchronized (this) {
                submissionByCase.put(new Key(congress, caseId), submission);
            }
        });
    }
}
