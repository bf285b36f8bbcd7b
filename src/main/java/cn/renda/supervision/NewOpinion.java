package cn.renda.supervision;

import cn.renda.handling.UnitAssignment;
import java.time.LocalDate;
import java.util.List;

/**
 * Command: create a supervision opinion from a source (for now entered directly): document type, title,
 * text, the issues raised, the units concerned and the source reference and date; {@code issueNow}
 * issues it to the units at once (交办). {@code datedInYear} is null except for letters of an earlier year taken
 * over by demo data or an import ({@link #datedIn(int)}), numbered in that year (〔2023〕).
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
        boolean issueNow,
        Integer datedInYear) {

    public NewOpinion {
        issues = issues == null ? List.of() : List.copyOf(issues);
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** An opinion of this year. */
    public NewOpinion(
            DocumentType documentType,
            String title,
            String content,
            String category,
            List<String> issues,
            List<UnitAssignment> units,
            String sourceReference,
            LocalDate sourceDate,
            boolean issueNow) {
        this(documentType, title, content, category, issues, units, sourceReference, sourceDate, issueNow, null);
    }

    /** The same letter taken over from an earlier year: numbered in that year. */
    public NewOpinion datedIn(int year) {
        return new NewOpinion(
                documentType, title, content, category, issues, units, sourceReference, sourceDate, issueNow, year);
    }
}
