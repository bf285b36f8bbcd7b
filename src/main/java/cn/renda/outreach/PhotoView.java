package cn.renda.outreach;

import java.time.OffsetDateTime;

/** A photo of an activity; {@code mayDelete} for the signed-in user. */
public record PhotoView(
        long id, long activityId, String fileName, int sizeBytes, OffsetDateTime uploadedAt, boolean mayDelete) {}
