package cn.renda.handling.internal;

import cn.renda.handling.Evaluation;
import cn.renda.handling.ResultClass;
import cn.renda.handling.SourceType;
import cn.renda.handling.Visibility;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of handling.cases as the service works with it. */
record CaseRow(
        long id,
        String kind,
        String number,
        String title,
        String content,
        String category,
        SourceType sourceType,
        String sourceRef,
        LocalDate sourceDate,
        Map<String, Object> attributes,
        String state,
        Visibility visibility,
        boolean keyCase,
        Long supervisingLeader,
        Integer trackingMonths,
        boolean tracked,
        ResultClass resultClass,
        Evaluation evaluation,
        boolean finalState,
        long version,
        long createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The row as written with the given {@code updated_at}. */
    CaseRow withUpdatedAt(OffsetDateTime at) {
        return new CaseRow(
                id,
                kind,
                number,
                title,
                content,
                category,
                sourceType,
                sourceRef,
                sourceDate,
                attributes,
                state,
                visibility,
                keyCase,
                supervisingLeader,
                trackingMonths,
                tracked,
                resultClass,
                evaluation,
                finalState,
                version,
                createdBy,
                createdAt,
                at);
    }
}
