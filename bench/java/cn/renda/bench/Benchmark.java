package cn.renda.bench;

/** One benchmark of the suite: it measures and records its figures into the context. */
interface Benchmark {

    /** The name used by {@code -Dbench.only=…} (e.g. {@code data}, {@code engine}, {@code http}). */
    String name();

    /** Whether it runs once per scale of a growth run (HTTP, search) or only at the largest scale. */
    default boolean perScale() {
        return false;
    }

    void run(BenchContext ctx) throws Exception;
}
