package cn.renda.suggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: record a half-year inspection (半年视察) of key suggestions: the day, the leader leading it,
 * participants, places and units visited, findings, requirements and next steps, and the key suggestions
 * (submission ids) it concerned.
 */
public record NewInspection(
        LocalDate inspectedOn,
        String leader,
        String participants,
        String places,
        String findings,
        String requirements,
        List<Long> suggestionIds) {

    public NewInspection {
        suggestionIds = suggestionIds == null ? List.of() : List.copyOf(suggestionIds);
    }
}
