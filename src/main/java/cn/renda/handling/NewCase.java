package cn.renda.handling;

import java.util.List;
import java.util.Map;

/**
 * Command: create a case of a registered kind in the bound congress. {@code attributes} hold
 * kind-specific data (e.g. the issues raised, the document type) and are stored as JSON.
 */
public record NewCase(
        String kind,
        String title,
        String content,
        String category,
        SourceLink source,
        List<Proposer> proposers,
        Map<String, Object> attributes) {

    public NewCase {
        proposers = proposers == null ? List.of() : List.copyOf(proposers);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
