package cn.renda.suggestion;

import java.util.List;

/**
 * Command: save a draft (new when {@code id} is null) by the signed-in deputy, who leads it: text, topic,
 * basis (research done, facts, people consulted), co-signing deputies (person ids) and consent to publish.
 */
public record SuggestionDraft(
        Long id,
        SubmissionType type,
        String title,
        String content,
        String topic,
        boolean duringSession,
        String research,
        String facts,
        String consulted,
        List<Long> coSigners,
        boolean publishConsent) {

    public SuggestionDraft {
        coSigners = coSigners == null ? List.of() : List.copyOf(coSigners);
        type = type == null ? SubmissionType.SUGGESTION : type;
    }
}
