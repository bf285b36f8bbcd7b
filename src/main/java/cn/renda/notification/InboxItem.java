package cn.renda.notification;

import java.time.OffsetDateTime;

/** A message in a user's inbox. */
public record InboxItem(
        long id,
        String kind,
        String subject,
        String body,
        String link,
        OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    /** Whether it is still unread. */
    public boolean unread() {
        return readAt == null;
    }
}
