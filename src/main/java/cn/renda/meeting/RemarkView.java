package cn.renda.meeting;

import java.time.OffsetDateTime;

/** A member's deliberation remark (会中讨论) in a discussion group. */
public record RemarkView(
        long id, String discussionGroup, Long personId, String speaker, String content, OffsetDateTime createdAt) {}
