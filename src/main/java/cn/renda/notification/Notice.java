package cn.renda.notification;

import java.util.Set;

/**
 * Command: tell some accounts something. Subject and body are i18n keys rendered in each recipient's
 * language; {@code dedupeKey} makes a repeated notice (a redelivered event) a no-op per recipient.
 */
public record Notice(
        Set<Long> accountIds,
        String kind,
        String subjectKey,
        String bodyKey,
        Object[] arguments,
        String link,
        String dedupeKey,
        boolean email,
        boolean sms) {}
