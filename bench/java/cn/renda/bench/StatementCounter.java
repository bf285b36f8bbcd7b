package cn.renda.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the SQL statements the application's threads execute (each {@code execute…} call on a JDBC
 * statement of the application's data source, a batch counted once: one round trip), per thread, so the
 * engine benchmark can name the statements of each step. Registered on the bench's application only.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    /** The SQL of each counted statement on the calling thread, while {@link #recording} is on. */
    private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);

    /** Whether the SQL text of each statement is kept too ({@code -Dbench.statements.log=true}). */
    static final boolean recording = Boolean.getBoolean("bench.statements.log");

    /** The SQL recorded on the calling thread since the last call, cleared. */
    static java.util.List<String> drain() {
        java.util.List<String> out = java.util.List.copyOf(SQL.get());
        SQL.get().clear();
        return out;
    }

    /**
     * Whether statements are counted now: only while the engine benchmark counts a step (the proxies cost CPU of
     * their own, which the throughput rounds must not pay).
     */
    static volatile boolean on;

    /**
     * Commits of the application's transactions while counting, on every thread but the schedulers' (the
     * background jobs): the worker's steps and the after-commit listeners they cause. A statement run in
     * auto-commit mode counts as a commit of its own.
     */
    static final java.util.concurrent.atomic.AtomicLong COMMITS = new java.util.concurrent.atomic.AtomicLong();

    private static boolean counts() {
        return on && !Thread.currentThread().getName().startsWith("scheduling");
    }

    /** Adds the counter to the application before its beans are created. */
    static void register(ConfigurableApplicationContext app) {
        app.getBeanFactory().addBeanPostProcessor(new StatementCounter());
    }

    /** Statements executed so far on the calling thread. */
    static long now() {
        return COUNT.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource ds && name.equals("dataSource")) {
            return new Counted(ds);
        }
        return bean;
    }

    /**
     * The application's data source, its connections wrapped only while counting: a reflective proxy of the data
     * source itself (its {@code hashCode} is the key of every transaction-bound resource look-up) and of every
     * connection cost the throughput rounds JVM CPU of their own, which is the bench's, not the engine's.
     */
    private static final class Counted extends org.springframework.jdbc.datasource.DelegatingDataSource {
        Counted(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection c = obtainTargetDataSource().getConnection();
            return on ? connection(c) : c;
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            Connection c = obtainTargetDataSource().getConnection(username, password);
            return on ? connection(c) : c;
        }
    }

    /**
     * The most relations (tables and indexes of the application's schemas) one transaction of the calling thread
     * held locked just before its commit, since the last {@link #drainLocks()}: all, on the fast path, indexes.
     */
    private static final ThreadLocal<long[]> LOCKS = ThreadLocal.withInitial(() -> new long[3]);

    /** The calling thread's most relations locked by one transaction since the last call; cleared. */
    static long[] drainLocks() {
        long[] out = LOCKS.get().clone();
        java.util.Arrays.fill(LOCKS.get(), 0);
        return out;
    }

    /** Reads the transaction's relation locks from pg_locks on the raw connection (not counted as a statement). */
    private static void probeLocks(Connection c) {
        try (Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(
                        """
                        select count(*), count(*) filter (where l.fastpath), count(*) filter (where r.relkind = 'i')
                          from pg_locks l join pg_class r on r.oid = l.relation
                         where l.pid = pg_backend_pid() and l.locktype = 'relation'
                           and r.relnamespace::regnamespace::text not in ('pg_catalog', 'information_schema')""")) {
            rs.next();
            long[] max = LOCKS.get();
            if (rs.getLong(1) > max[0]) {
                max[0] = rs.getLong(1);
                max[1] = rs.getLong(2);
                max[2] = rs.getLong(3);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("pg_locks probe", e);
        }
    }

    private static Connection connection(Connection c) {
        return proxy(Connection.class, c, (p, m, a) -> {
            if (m.getName().equals("commit") && counts()) {
                COMMITS.incrementAndGet();
                probeLocks(c);
            }
            Object r = invoke(c, m, a);
            String sql = a != null && a.length > 0 && a[0] instanceof String q ? q : null;
            return on && r instanceof Statement s && !(r instanceof Proxy) ? statement(s, sql, c) : r;
        });
    }

    private static Statement statement(Statement s, String prepared, Connection c) {
        return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), allOf(s), (p, m, a) -> {
            if (m.getName().startsWith("execute")) {
                COUNT.get()[0]++;
                if (counts() && c.getAutoCommit()) {
                    COMMITS.incrementAndGet();
                }
                if (recording) {
                    String sql = prepared != null ? prepared : a != null && a.length > 0 ? String.valueOf(a[0]) : "?";
                    SQL.get().add(m.getName() + ": " + sql.replaceAll("\\s+", " "));
                }
            }
            return invoke(s, m, a);
        });
    }

    private static Class<?>[] allOf(Object o) {
        java.util.Set<Class<?>> out = new java.util.LinkedHashSet<>();
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (java.sql.Statement.class.isAssignableFrom(i) || i.getName().startsWith("java.sql")) {
                    out.add(i);
                }
            }
        }
        return out.toArray(Class<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
