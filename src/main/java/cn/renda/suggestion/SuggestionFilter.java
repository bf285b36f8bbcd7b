package cn.renda.suggestion;

/** Filters of the office's list; null fields do not filter. */
public record SuggestionFilter(SubmissionStatus status, SubmissionType type, Integer year, String caseState, String q) {

    /** No filter. */
    public static SuggestionFilter all() {
        return new SuggestionFilter(null, null, null, null, null);
    }
}
