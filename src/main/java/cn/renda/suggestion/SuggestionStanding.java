package cn.renda.suggestion;

/**
 * Where a suggestion stands, for the module that took it up from elsewhere: title, status before registration,
 * the case number and state once registered. {@link #stateKey()} is the message key of the state in words.
 */
public record SuggestionStanding(
        long id, String title, SubmissionStatus status, String caseNumber, SuggestionState caseState) {

    /** The message key naming where it stands (the case state once registered, the submission status before). */
    public String stateKey() {
        return status == SubmissionStatus.REGISTERED && caseState != null
                ? "suggestion.state." + caseState.name()
                : "suggestion.status." + status.name();
    }
}
