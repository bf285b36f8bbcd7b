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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every module's waiting counts for one user (the navigation badges and the home page's to-do list), counted once
 * for the pages of a few seconds instead of on every page. They are dropped, for everyone, by every write request
 * (any method but GET, HEAD and OPTIONS, pages and API alike, when it starts and when it completes) and by every
 * domain event ({@code cn.renda} event records) when its transaction completes; and, for the user alone, by any
 * request of theirs that is not a page (a download, JSON, an htmx partial: such a read may record that they opened
 * something). What can still wait up to the time-to-live ({@code renda.web.waiting-ttl}, 5 s) and one recount: a
 * change written outside any request and without an event (a scheduled job's, such as the daily digest).
 *
 * <p>One recount per user at a time: when the counts are older than the time-to-live, the first page recounts and
 * the user's other pages meanwhile show the counts just expired; when there are none (first page, or dropped by a
 * change), the others wait for that one recount instead of each counting the same again (with 64 requests in
 * flight, every expiry started up to 64 identical recounts, each a few transactions; session 8).
 */
@Configuration(proxyBeanMethods = false)
class WaitingCounts implements WebMvcConfigurer {

    /** Whose counts: the user in their congress with their roles and unit (the modules' counts depend on these). */
    private record Key(Long congress, long userId, Set<Role> roles, Long unitId) {}

    /** Counts with the time they were counted; kept twice the time-to-live, served stale only during a recount. */
    private record Counted(List<WaitingWork.Item> items, long atNanos) {}

    private final Cache<Key, Counted> cache;

    private final long ttlNanos;

    /** How long a request waits for another's recount of the same counts before counting itself. */
    static final int RECOUNT_WAIT_SECONDS = 2;

    /** The recount of each key under way, which the same user's other requests wait for or serve stale around. */
    private final Map<Key, CompletableFuture<List<WaitingWork.Item>>> recounts = new ConcurrentHashMap<>();

    /**
     * Per user, how many of their writes have completed: counts computed while one was in flight are not kept
     * (a page read just before a commit would otherwise cache what the write changed).
     */
    private final Map<Long, AtomicLong> writes = new ConcurrentHashMap<>();

    /** Bumped on every write request and domain event: counts computed across one are not kept either. */
    private final AtomicLong generation = new AtomicLong();

    WaitingCounts(@Value("${renda.web.waiting-ttl:5s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl.multipliedBy(2))
                .maximumSize(20_000)
                .build();
    }

    /** The user's items, from the cache or counted by {@code count} (in the caller's thread and request). */
    List<WaitingWork.Item> get(CurrentUser user, Supplier<List<WaitingWork.Item>> count) {
        Key key = new Key(TenantContext.current().orElse(null), user.id(), Set.copyOf(user.roles()), user.unitId());
        long now = System.nanoTime();
        Counted cached = cache.getIfPresent(key);
        if (cached != null && now - cached.atNanos() < ttlNanos) {
            return cached.items();
        }
        CompletableFuture<List<WaitingWork.Item>> mine = new CompletableFuture<>();
        CompletableFuture<List<WaitingWork.Item>> running = recounts.putIfAbsent(key, mine);
        if (running != null) {
            if (cached != null) {
                return cached.items();
            }
            try {
                // bounded: should that recount wait for a connection this request's caller holds, count alone
                return running.get(RECOUNT_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.copyOf(count.get());
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                return List.copyOf(count.get()); // that recount failed or is stuck: count for this request alone
            }
        }
        try {
            AtomicLong own = writes.computeIfAbsent(user.id(), id -> new AtomicLong());
            long ownBefore = own.get();
            long generationBefore = generation.get();
            List<WaitingWork.Item> items = List.copyOf(count.get());
            if (own.get() == ownBefore && generation.get() == generationBefore) {
                cache.put(key, new Counted(items, now));
            }
            mine.complete(items);
            return items;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            recounts.remove(key, mine);
        }
    }

    /** Forgets one user's counts (all congresses and role sets). */
    void forget(long userId) {
        writes.computeIfAbsent(userId, id -> new AtomicLong()).incrementAndGet();
        cache.asMap().keySet().removeIf(k -> k.userId() == userId);
        // a recount under way may have read before the change: later pages must not wait for it
        recounts.keySet().removeIf(k -> k.userId() == userId);
    }

    /** Forgets everyone's counts. */
    void forgetAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
        recounts.clear();
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
            forgetAll();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                forget(request, handler);
                return true;
            }

            @Override
            public void afterCompletion(
                    HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                forget(request, handler);
            }
        });
    }

    private void forget(HttpServletRequest request, Object handler) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
            forgetAll();
        } else if (handler instanceof HandlerMethod h && !isPage(h, request)) {
            CurrentUser.get().ifPresent(u -> forget(u.id()));
        }
    }

    /** A full page: a view rendered in the layout (not a body written by the handler, not an htmx partial). */
    private static boolean isPage(HandlerMethod h, HttpServletRequest request) {
        return !"true".equals(request.getHeader("HX-Request"))
                && !h.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(h.getBeanType(), ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(h.getReturnType().getParameterType());
    }
}
