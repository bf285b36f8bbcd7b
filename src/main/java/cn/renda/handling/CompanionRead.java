package cn.renda.handling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Another module's read that travels with the engine's read of the case for a step, in the same round trip: the
 * module's own statement (its schema only, the congress as a value, {@code ?} as placeholders) is sent before the
 * case's, and its rows are handed back before the step decides. Used by {@link HandlingFacade#actWith}.
 */
public interface CompanionRead {

    /** The module's statement. */
    String statement();

    /** Its values, in placeholder order. */
    List<Object> values();

    /**
     * Reads the statement's rows. {@code false} stops the step before it decides: nothing is written and
     * {@link HandlingFacade#actWith} returns empty, so the caller may take another way in the same transaction.
     */
    boolean read(ResultSet rows) throws SQLException;
}
