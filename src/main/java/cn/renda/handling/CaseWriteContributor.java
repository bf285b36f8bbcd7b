package cn.renda.handling;

import java.util.Map;

/**
 * A module's writes that depend on the engine's step or creation (its copy of the case state, the case number it
 * keeps), joined to the engine's own batched write round trip through {@link CaseBatch} instead of a listener's
 * statements of its own. Implementations are Spring beans of the contributing module; handling calls every one for
 * every creation and step, in the step's transaction, and never names their schemas.
 */
public interface CaseWriteContributor {

    /** A new case as its number round trip knows it; the number itself is {@link CaseBatch#NUMBER}. */
    record Created(long congressId, long caseId, String kind, String title, Map<String, Object> attributes) {}

    /** A step as decided, sent after the case row's version check and the step's own writes. */
    record Stepped(long congressId, long caseId, String kind, Action action, String fromState, String toState) {}

    /** Adds writes for a new case to the round trip that takes its number. */
    default void created(Created created, CaseBatch batch) {}

    /** Adds writes for a step to the step's write round trip. */
    default void stepped(Stepped step, CaseBatch batch) {}
}
