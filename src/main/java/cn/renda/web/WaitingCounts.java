package cn.renda.web;

import cn.renda.core.TenantContext;
import cn.renda.core.WaitingWork;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every module's waiting counts for one user (the navigation badges and the home page's to-do list), counted once
 * for the pages of a few seconds instead of on every page. A user's own write (any request but GET, HEAD and
 * OPTIONS, pages and API alike) drops their counts when it completes, so what they did shows on the next page;
 * every domain event ({@code cn.renda} event records: case steps, notices, meetings …) drops all counts when its
 * transaction completes, so another user's action shows at once too where it publishes an event, and within the
 * time-to-live ({@code renda.web.waiting-ttl}, 5 s) where it does not.
 */
@Configuration(proxyBeanMethods = false)
class WaitingCounts implements WebMvcConfigurer {

    /** Whose counts: the user in their congress with their roles and unit (the modules' counts depend on these). */
    private record Key(Long congress, long userId, Set<Role> roles, Long unitId) {}

    private final Cache<Key, List<WaitingWork.Item>> cache;

    /**
     * Per user, how many of their writes have completed: counts computed while one was in flight are not kept
     * (a page read just before a commit would otherwise cache what the write changed).
     */
    private final Map<Long, AtomicLong> writes = new ConcurrentHashMap<>();

    /** Bumped on every domain event: counts computed across one are not kept either. */
    private final AtomicLong events = new AtomicLong();

    WaitingCounts(@Value("${renda.web.waiting-ttl:5s}") Duration ttl) {
        this.cache =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(20_000).build();
    }

    /** The user's items, from the cache or counted by {@code count} (in the caller's thread and request). */
    List<WaitingWork.Item> get(CurrentUser user, Supplier<List<WaitingWork.Item>> count) {
        Key key = new Key(TenantContext.current().orElse(null), user.id(), Set.copyOf(user.roles()), user.unitId());
        List<WaitingWork.Item> cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        AtomicLong own = writes.computeIfAbsent(user.id(), id -> new AtomicLong());
        long ownBefore = own.get();
        long eventsBefore = events.get();
        List<WaitingWork.Item> items = List.copyOf(count.get());
        if (own.get() == ownBefore && events.get() == eventsBefore) {
            cache.put(key, items);
        }
        return items;
    }

    /** Forgets one user's counts (all congresses and role sets). */
    void forget(long userId) {
        writes.computeIfAbsent(userId, id -> new AtomicLong()).incrementAndGet();
        cache.asMap().keySet().removeIf(k -> k.userId() == userId);
    }

    /**
     * Any of the application's own events (records of the {@code cn.renda} packages; Spring's own events, such as
     * the one published after every request, are not domain changes) drops every cached count once its
     * transaction has completed. AFTER_COMPLETION, not AFTER_COMMIT: dropping needs no redelivery, so Spring
     * Modulith records no event publication for this listener.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(Object event) {
        if (event.getClass().getName().startsWith("cn.renda.")) {
            events.incrementAndGet();
            cache.invalidateAll();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                forgetIfWrite(request);
                return true;
            }

            @Override
            public void afterCompletion(
                    HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                forgetIfWrite(request);
            }
        });
    }

    private void forgetIfWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
            CurrentUser.get().ifPresent(u -> forget(u.id()));
        }
    }
}
