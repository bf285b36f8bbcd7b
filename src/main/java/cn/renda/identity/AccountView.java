package cn.renda.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** An account as lists and pages show it (never the password hash). */
public record AccountView(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Long personId,
        Long unitId,
        String street,
        String email,
        boolean enabled,
        OffsetDateTime createdAt) {}
