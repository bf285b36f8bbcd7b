package cn.renda.suggestion.web;

import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The deputy's suggestion form (co-signers as person ids separated by commas or spaces). */
class DraftForm {

    private SubmissionType type = SubmissionType.SUGGESTION;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 20000)
    private String content;

    @Size(max = 50)
    private String topic;

    private boolean duringSession;

    @Size(max = 4000)
    private String research;

    @Size(max = 4000)
    private String facts;

    @Size(max = 2000)
    private String consulted;

    @Size(max = 2000)
    private String coSigners;

    private boolean publishConsent;

    static DraftForm of(SuggestionView v) {
        DraftForm f = new DraftForm();
        f.type = v.type();
        f.title = v.title();
        f.content = v.content();
        f.topic = v.topic();
        f.duringSession = v.duringSession();
        f.research = v.research();
        f.facts = v.facts();
        f.consulted = v.consulted();
        f.coSigners = String.join(
                ",",
                v.signers().stream()
                        .filter(s -> !s.lead() && s.personId() != null)
                        .map(s -> s.personId().toString())
                        .toList());
        f.publishConsent = v.publishConsent();
        return f;
    }

    SuggestionDraft toDraft(Long id) {
        return new SuggestionDraft(
                id,
                type,
                title,
                content,
                topic,
                duringSession,
                research,
                facts,
                consulted,
                coSignerIds(),
                publishConsent);
    }

    /** The picked co-signers' person ids (the picker posts one value each; Spring joins them with commas). */
    List<Long> coSignerIds() {
        return coSigners == null || coSigners.isBlank()
                ? List.of()
                : Arrays.stream(coSigners.split("[,，\\s]+"))
                        .filter(s -> s.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
    }

    public SubmissionType getType() {
        return type;
    }

    public void setType(SubmissionType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public boolean isDuringSession() {
        return duringSession;
    }

    public void setDuringSession(boolean duringSession) {
        this.duringSession = duringSession;
    }

    public String getResearch() {
        return research;
    }

    public void setResearch(String research) {
        this.research = research;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getConsulted() {
        return consulted;
    }

    public void setConsulted(String consulted) {
        this.consulted = consulted;
    }

    public String getCoSigners() {
        return coSigners;
    }

    public void setCoSigners(String coSigners) {
        this.coSigners = coSigners;
    }

    public boolean isPublishConsent() {
        return publishConsent;
    }

    public void setPublishConsent(boolean publishConsent) {
        this.publishConsent = publishConsent;
    }
}
