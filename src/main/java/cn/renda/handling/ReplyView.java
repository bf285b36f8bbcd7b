package cn.renda.handling;

import java.time.OffsetDateTime;

/** A text a unit (or staff) submitted: plan, CO opinion, reply/result report or tracking report. */
public record ReplyView(
        long id,
        ReplyType type,
        Long unitId,
        String text,
        ResultClass resultClass,
        boolean published,
        long actorId,
        OffsetDateTime at) {}
