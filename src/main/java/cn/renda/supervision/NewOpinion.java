package cn.renda.supervision;

import cn.renda.handling.UnitAssignment;
import java.time.LocalDate;
import java.util.List;

/**
 * Command: create a supervision opinion from a source (for now entered directly): document type, title,
 * text, the issues raised, the units concerned and the source reference and date; {@code issueNow}
 * issues it to the units at once (交办).
 */
public record NewOpinion(
        DocumentType documentType,
        String title,
        String content,
        String category,
        List<String> issues,
        List<UnitAssignment> units,
        String sourceReference,
        LocalDate sourceDate,
        boolean issueNow) {

    public NewOpinion {
        issues = issues == null ? List.of() : List.copyOf(issues);
        units = units == null ? List.of() : List.copyOf(units);
    }
}
