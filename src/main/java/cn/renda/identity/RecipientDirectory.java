package cn.renda.identity;

import java.util.List;
import java.util.Map;

/** Notice recipients of one congress looked up at once: officers by handling unit, accounts by role. */
public record RecipientDirectory(Map<Long, List<Recipient>> byUnit, Map<Role, List<Recipient>> byRole) {

    public RecipientDirectory {
        byUnit = Map.copyOf(byUnit);
        byRole = Map.copyOf(byRole);
    }

    /** The unit's officers (none for an unknown unit or none at all). */
    public List<Recipient> ofUnit(Long unitId) {
        return unitId == null ? List.of() : byUnit.getOrDefault(unitId, List.of());
    }

    /** The accounts holding the role. */
    public List<Recipient> withRole(Role role) {
        return byRole.getOrDefault(role, List.of());
    }
}
