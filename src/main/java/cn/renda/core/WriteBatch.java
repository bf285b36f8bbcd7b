package cn.renda.core;

/**
 * A batch of writes another module sends in its own round trip: a module adds its parameterised statement (its
 * own schema only, {@code ?} only as a placeholder) and the owner of the batch sends it together with its own.
 */
@FunctionalInterface
public interface WriteBatch {

    /** Adds a write; its values bind the statement's placeholders in order. */
    void add(String statement, Object... values);
}
