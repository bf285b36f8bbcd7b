package cn.renda.identity;

import java.time.OffsetDateTime;

/** A personal API token as listed; the secret itself is shown once, at creation. */
public record ApiTokenView(
        long id,
        String name,
        String prefix,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {}
