package cn.renda.handling;

/**
 * The engine's batched write round trip of one step or creation, as another module sees it: it adds its own
 * parameterised statements, which the engine sends together with its own writes (no round trip of their own) and
 * in the same transaction. A statement touches only the contributing module's schema, names the congress as a
 * value ({@code congress_id = ?}) and uses {@code ?} only as a placeholder. A value may be {@link #NUMBER}.
 */
public interface CaseBatch extends cn.renda.core.WriteBatch {

    /** Stands for the new case's gap-free number, taken in the same round trip (a creation's batch only). */
    Value NUMBER = Value.NUMBER;

    /** Values the engine fills in when it sends the batch. */
    enum Value {
        /** The new case's number. */
        NUMBER
    }
}
