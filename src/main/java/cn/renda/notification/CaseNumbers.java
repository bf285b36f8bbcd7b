package cn.renda.notification;

import cn.renda.core.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The case numbers notices name, cached per instance: a case's number is fixed when the case is created, so an entry
 * never goes stale on any instance, and a later step's notice (a reply, a return) names its case without a read.
 * Entries are added when a step's event names the number (an assignment) or a read finds one (the case's number is
 * written by {@link NotificationCaseNumbers} in the engine's numbering round trip); the least recently used go first.
 */
@Component
class CaseNumbers {

    /** Cases remembered per instance: the open cases a busy instance's steps touch in an hour or so. */
    static final int CAPACITY = 50_000;

    private record Key(long congressId, long caseId) {}

    private final NotificationRepository repository;
    private final Map<Key, String> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > CAPACITY;
        }
    };

    CaseNumbers(NotificationRepository repository) {
        this.repository = repository;
    }

    /** Remembers the number of an existing case as a step's event names it (a later notice then needs no read). */
    void seen(long caseId, String number) {
        if (number != null && !number.isBlank()) {
            TenantContext.current().ifPresent(congress -> put(new Key(congress, caseId), number));
        }
    }

    /** The case's number, when its creation was seen (by any instance). */
    Optional<String> number(long caseId) {
        Key key = new Key(TenantContext.require(), caseId);
        synchronized (cache) {
            String cached = cache.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<String> found = repository.caseNumber(caseId);
        found.ifPresent(n -> put(key, n));
        return found;
    }

    private void put(Key key, String number) {
        synchronized (cache) {
            cache.put(key, number);
        }
    }
}
