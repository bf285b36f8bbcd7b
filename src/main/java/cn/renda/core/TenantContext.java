package cn.renda.core;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The congress (tenant) the current thread works for. The transaction manager binds it to the
 * database session of every transaction, where row-level security reads it.
 */
public final class TenantContext {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    /** The bound congress, if any. */
    public static Optional<Long> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The bound congress as a statement parameter ({@code congress_id = ?}): {@code null} when none is bound, so
     * the statement matches nothing, exactly as row-level security answers a session without a congress (an
     * error page, a platform operator). Row-level security stays the guard; this only names the shard.
     */
    public static Long orNone() {
        return CURRENT.get();
    }

    /** The bound congress; fails when none is bound. */
    public static long require() {
        Long id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("No congress bound to this thread");
        }
        return id;
    }

    /** Binds a congress for the current thread; callers must {@link #clear()} in a finally block. */
    public static void set(long congressId) {
        CURRENT.set(congressId);
    }

    /** Removes the binding. */
    public static void clear() {
        CURRENT.remove();
    }

    /** Runs the action with the congress bound, restoring the previous binding afterwards. */
    public static <T> T callAs(long congressId, Callable<T> action) {
        Long previous = CURRENT.get();
        CURRENT.set(congressId);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Runs the action with the congress bound, restoring the previous binding afterwards. */
    public static void runAs(long congressId, Runnable action) {
        callAs(congressId, () -> {
            action.run();
            return null;
        });
    }
}
