package cn.renda.outreach;

import java.util.Optional;

/**
 * The suggestion a voter opinion was taken up as (the link kept on the opinion): for whoever may see the opinion,
 * and for the citizen by tracking code (number and public state only).
 */
public interface OpinionSuggestions {

    /** The suggestion of an opinion the signed-in user may see; empty when it was not taken up. */
    Optional<LinkedSuggestion> ofOpinion(long opinionId);

    /** The suggestion of the opinion with this tracking code (no account needed). */
    Optional<LinkedSuggestion> ofCode(String code);
}
