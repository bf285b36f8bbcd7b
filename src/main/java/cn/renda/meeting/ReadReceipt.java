package cn.renda.meeting;

import java.time.OffsetDateTime;

/** Whether an SC member has read a document, and when (null: not yet). */
public record ReadReceipt(long personId, String name, OffsetDateTime readAt) {}
