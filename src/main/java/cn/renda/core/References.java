package cn.renda.core;

import java.util.Collection;

/**
 * SPI: whether units and persons referred to by a command exist in the bound congress. The organization
 * module implements it; modules that organization itself depends on (identity, handling) ask through it,
 * so no dependency cycle arises.
 */
public interface References {

    /** Whether the unit exists in the bound congress (another congress's unit does not). */
    boolean unitExists(long unitId);

    /** Whether the person exists in the bound congress. */
    boolean personExists(long personId);

    /** Fails with a field error on {@code field} unless every given unit exists in the bound congress. */
    default void requireUnits(String field, Collection<Long> unitIds) {
        for (Long id : unitIds) {
            if (id == null || !unitExists(id)) {
                throw new InvalidInputException(field, "error.reference.unit");
            }
        }
    }

    /** Fails with a field error on {@code field} unless the person exists in the bound congress. */
    default void requirePerson(String field, long personId) {
        if (!personExists(personId)) {
            throw new InvalidInputException(field, "error.reference.person");
        }
    }
}
