package cn.renda.organization;

import java.util.List;

/** A person with the kinds of roles they hold today; the phone is masked. */
public record PersonView(
        long id,
        String name,
        Gender gender,
        String employer,
        String phone,
        Long streetId,
        String streetName,
        boolean active,
        List<RoleKind> currentRoles) {}
