package cn.renda.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Seals personal values that an older schema kept in plain text (or under an older mechanism), right after every
 * Flyway migrate, as the migration owner (every congress at once). A Flyway callback, not a versioned migration:
 * it needs the application's key, and a restore (which migrates without the application) must not lack a version.
 * Idempotent: with nothing left in plain text it only runs one indexed query. Each module seals its own tables.
 */
public abstract class PersonalDataSealing implements Callback {

    private final PersonalData personalData;

    protected PersonalDataSealing(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Seals what is left in plain text in the module's tables on the owner's connection. */
    protected abstract void seal(Connection connection, PersonalData personalData) throws SQLException;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            seal(context.getConnection(), personalData);
        } catch (SQLException e) {
            throw new IllegalStateException("sealing personal data failed in " + getCallbackName(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return getClass().getSimpleName();
    }
}
