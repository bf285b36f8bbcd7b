package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which submission a suggestion case belongs to, remembered per instance: a submission gets its case once, at
 * registration, and keeps it, so an entry never goes stale on any instance (a case whose registration rolled back
 * is never seen again: case ids are not reused). Spares outreach's listener a read on every reply.
 */
@Component
class CaseSubmissions {

    /** Cases remembered per instance, least recently used dropped first. */
    static final int CAPACITY = 50_000;

    private record Key(long congressId, long caseId) {}

    private final Map<Key, Long> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The submission of the bound congress's case, when this instance has seen it. */
    Optional<Long> of(long caseId) {
        Long congress = TenantContext.current().orElse(null);
        if (congress == null) {
            return Optional.empty();
        }
        synchronized (cache) {
            return Optional.ofNullable(cache.get(new Key(congress, caseId)));
        }
    }

    /** Remembers a case's submission in the bound congress, as a statement of the caller just read it. */
    void seen(long caseId, long submissionId) {
        TenantContext.current().ifPresent(congress -> {
            synchronized (cache) {
                cache.put(new Key(congress, caseId), submissionId);
            }
        });
    }
}
