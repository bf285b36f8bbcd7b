package cn.renda.core.db;

/**
 * The application's default number of database connections: as many statements in flight as two cores can run,
 * not as many callers as arrive.
 */
final class PoolSize {

    private PoolSize() {}

    /**
     * Four per core (the request threads' rule, {@code server.tomcat.threads.max}) and two for the scheduler and
     * after-commit work: 10 on two cores. More backends than the cores can run make every transaction dearer
     * (context switches, WAL and lock-manager contention), so callers beyond the pool wait in Hikari's queue,
     * which costs nothing, instead of inside PostgreSQL.
     */
    static int forCores() {
        return forCores(Runtime.getRuntime().availableProcessors());
    }

    static int forCores(int cores) {
        return 4 * Math.max(1, cores) + 2;
    }
}
