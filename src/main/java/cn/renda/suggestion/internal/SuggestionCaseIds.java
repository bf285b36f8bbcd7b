package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which case a registered submission became, remembered in memory so that a step on it can send the submission's read
 * with the engine's read of the case (one round trip, {@code HandlingFacade.actWith}). A submission's case never
 * changes once registered; a remembered pair is still only a hint: the combined read checks it ({@code s.case_id})
 * and a wrong or rolled-back one is forgotten and the step takes the two-read way.
 */
@Component
class SuggestionCaseIds {

    private static final int MAX = 50_000;

    private record Key(Long congress, long submission) {}

    private final Map<Key, Long> cases = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
            return size() > MAX;
        }
    };

    /** The case the submission was seen registered as in the bound congress, or null. */
    synchronized Long caseOf(long submission) {
        return cases.get(new Key(TenantContext.orNone(), submission));
    }

    synchronized void remember(long submission, long caseId) {
        cases.put(new Key(TenantContext.orNone(), submission), caseId);
    }

    synchronized void forget(long submission) {
        cases.remove(new Key(TenantContext.orNone(), submission));
    }
}
