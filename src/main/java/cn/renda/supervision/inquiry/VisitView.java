package cn.renda.supervision.inquiry;

import java.time.LocalDate;

/** A research visit of a team. */
public record VisitView(
        long id,
        long teamId,
        String teamName,
        ObjectKind objectKind,
        String objectName,
        LocalDate visitedOn,
        String peopleMet,
        String findings) {}
