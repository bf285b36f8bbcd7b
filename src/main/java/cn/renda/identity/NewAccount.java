package cn.renda.identity;

import java.util.Set;

/** Command: create an account in the current congress. */
public record NewAccount(
        String username,
        String password,
        String displayName,
        Set<Role> roles,
        Long personId,
        Long unitId,
        String street,
        String email) {}
