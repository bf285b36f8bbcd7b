package cn.renda.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notice recipients of one congress looked up at once: officers by handling unit, accounts by role, and named
 * accounts by id.
 */
public record RecipientDirectory(
        Map<Long, List<Recipient>> byUnit, Map<Role, List<Recipient>> byRole, Map<Long, Recipient> byId) {

    public RecipientDirectory {
        byUnit = Map.copyOf(byUnit);
        byRole = Map.copyOf(byRole);
        byId = Map.copyOf(byId);
    }

    /** A directory of units and roles only. */
    public RecipientDirectory(Map<Long, List<Recipient>> byUnit, Map<Role, List<Recipient>> byRole) {
        this(byUnit, byRole, Map.of());
    }

    /** The unit's officers (none for an unknown unit or none at all). */
    public List<Recipient> ofUnit(Long unitId) {
        return unitId == null ? List.of() : byUnit.getOrDefault(unitId, List.of());
    }

    /** The accounts holding the role. */
    public List<Recipient> withRole(Role role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** The named account, when it was asked for and is enabled. */
    public Optional<Recipient> account(long accountId) {
        return Optional.ofNullable(byId.get(accountId));
    }
}
