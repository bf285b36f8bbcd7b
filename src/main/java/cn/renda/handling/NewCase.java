package cn.renda.handling;

import java.util.List;
import java.util.Map;

/**
 * Command: create a case of a registered kind in the bound congress. {@code attributes} hold
 * kind-specific data (e.g. the issues raised, the document type) and are stored as JSON. {@code datedInYear} is
 * null except for records of an earlier year taken over by demo data or an import ({@link #datedIn(int)}): the
 * case is then numbered in that year (〔2023〕), while its clocks still run from today.
 */
public record NewCase(
        String kind,
        String title,
        String content,
        String category,
        SourceLink source,
        List<Proposer> proposers,
        Map<String, Object> attributes,
        Integer datedInYear) {

    public NewCase {
        proposers = proposers == null ? List.of() : List.copyOf(proposers);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A case of this year. */
    public NewCase(
            String kind,
            String title,
            String content,
            String category,
            SourceLink source,
            List<Proposer> proposers,
            Map<String, Object> attributes) {
        this(kind, title, content, category, source, proposers, attributes, null);
    }

    /** The same case taken over from an earlier year: numbered in that year; the creation event records it. */
    public NewCase datedIn(int year) {
        return new NewCase(kind, title, content, category, source, proposers, attributes, year);
    }
}
