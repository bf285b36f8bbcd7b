package cn.renda.handling;

import java.time.OffsetDateTime;

/** One unit's assignment on a case. */
public record AssignmentView(
        long id,
        long unitId,
        AssignmentRole role,
        AssignmentState state,
        OffsetDateTime assignedAt,
        OffsetDateTime acceptedAt,
        String returnReason,
        Long transferredToUnitId) {}
