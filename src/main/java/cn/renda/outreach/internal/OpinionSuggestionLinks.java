package cn.renda.outreach.internal;

import cn.renda.core.TenantContext;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.outreach.LinkedSuggestion;
import cn.renda.outreach.OpinionSuggestions;
import cn.renda.suggestion.SuggestionLookup;
import cn.renda.suggestion.SuggestionSources;
import cn.renda.suggestion.SuggestionStanding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Both directions of the opinion ↔ suggestion link, which outreach keeps ({@code opinion.suggestion_id}): the
 * opinion page and the citizen's tracking page ask suggestion where it stands ({@link SuggestionLookup}); the
 * suggestion page asks outreach for its source opinions ({@link SuggestionSources}).
 */
@Service
class OpinionSuggestionLinks implements OpinionSuggestions, SuggestionSources {

    private final OpinionRepository opinions;
    private final VoterOpinionService service;
    private final OutreachAccess access;
    private final SuggestionLookup suggestions;
    private final HandlingFacade handling;
    private final JdbcClient jdbc;

    OpinionSuggestionLinks(
            OpinionRepository opinions,
            VoterOpinionService service,
            OutreachAccess access,
            SuggestionLookup suggestions,
            HandlingFacade handling,
            JdbcClient jdbc) {
        this.opinions = opinions;
        this.service = service;
        this.access = access;
        this.suggestions = suggestions;
        this.handling = handling;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedSuggestion> ofOpinion(long opinionId) {
        // get() applies the opinion's visibility (404 for others)
        return Optional.ofNullable(service.get(opinionId).suggestionId()).flatMap(this::linked);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedSuggestion> ofCode(String code) {
        return opinions.findByCode(TrackingCodes.normalize(code))
                .map(OpinionRow::suggestionId)
                .flatMap(this::linked);
    }

    private Optional<LinkedSuggestion> linked(long suggestionId) {
        SuggestionStanding s = suggestions.standing(List.of(suggestionId)).get(suggestionId);
        if (s == null) {
            return Optional.empty();
        }
        boolean published =
                s.caseNumber() != null && handling.findPublished(s.caseNumber()).isPresent();
        return Optional.of(new LinkedSuggestion(s.id(), s.caseNumber(), s.title(), s.stateKey(), published));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Source> sourcesOf(long suggestionId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        return jdbc.sql(
                        "select id, code, street_id, deputy_id from outreach.opinion where congress_id = ? and suggestion_id = ?"
                                + " order by id")
                .params(TenantContext.orNone(), suggestionId)
                .query((rs, n) -> {
                    Long street = rs.getObject("street_id", Long.class);
                    Long deputy = rs.getObject("deputy_id", Long.class);
                    boolean visible = user != null
                            && (access.handlesStreet(user, street)
                                    || (user.personId() != null && Objects.equals(user.personId(), deputy)));
                    return new Source(
                            "outreach.opinion.source",
                            rs.getString("code"),
                            visible ? "/outreach/opinions/" + rs.getLong("id") : null);
                })
                .list();
    }
}
