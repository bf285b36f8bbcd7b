package cn.renda.identity;

import java.util.Set;

/** Who a notice goes to: an enabled account with its contact channels and language. */
public record Recipient(
        long accountId,
        String username,
        String displayName,
        Set<Role> roles,
        String email,
        String mobile,
        String locale) {}
