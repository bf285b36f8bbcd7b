package cn.renda.suggestion;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A half-year inspection record (半年视察) with the key suggestions it concerned. */
public record InspectionView(
        long id,
        LocalDate inspectedOn,
        String leader,
        String participants,
        String places,
        String findings,
        String requirements,
        List<Linked> suggestions,
        OffsetDateTime createdAt) {

    /** A key suggestion linked to the inspection. */
    public record Linked(long id, String number, String title) {}
}
