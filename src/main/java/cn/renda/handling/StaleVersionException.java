package cn.renda.handling;

import cn.renda.core.ConflictException;

/** Somebody changed the case since the user loaded it (optimistic version check; answered as 409). */
public class StaleVersionException extends ConflictException {

    private StaleVersionException(long caseId, long version) {
        super("handling.error.staleVersion", "Case " + caseId + " is no longer at version " + version, caseId, version);
    }

    public static StaleVersionException of(long caseId, long version) {
        return new StaleVersionException(caseId, version);
    }
}
