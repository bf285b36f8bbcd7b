package cn.renda.outreach;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.Evaluation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Voter opinions (民情民意) of the bound congress: in from the portal, deputies and street staff; triaged by
 * the street (handled there, escalated to a district unit as an engine case, taken up by a deputy as a
 * suggestion); answered; evaluated by the citizen with the tracking code. Public methods need no user.
 */
public interface VoterOpinions {

    /** A citizen's submission on the portal (no account); returns the tracking code. */
    OpinionReceipt submit(NewOpinion opinion);

    /** An opinion recorded by the signed-in deputy or street staff. */
    OpinionView record(NewOpinion opinion);

    /** The worklist: street staff their street's, deputies those they received, office roles all. */
    Page<OpinionSummary> list(OpinionFilter filter, PageRequest page);

    /** Sizes of the signed-in user's lists by state. */
    Map<OpinionState, Long> counts();

    /** One opinion with its history and the steps the user may take. */
    OpinionView get(long id);

    /**
     * The citizen's name and phone in full, for the street staff triaging the open opinion (to call back); every
     * call is audited. Anyone else is refused (403); pages and lists show only the masked copies.
     */
    CitizenContactView citizenContact(long id);

    /** Whether the signed-in user may see the citizen's contact in full ({@link #citizenContact}). */
    boolean mayCallCitizen(long id);

    /** Earlier opinions similar to this one (the search module's similarity). */
    List<SimilarOpinion> similar(long id, int limit);

    /** Triage: handle at street level, with a category. */
    OpinionView handleAtStreet(long id, long version, String category, String note);

    /** Triage: escalate to a district unit; the opinion becomes a case on the engine with its clocks. */
    OpinionView escalate(long id, long version, String category, long unitId, String note);

    /** The signed-in deputy takes the opinion up as a suggestion draft (linked both ways). */
    OpinionView takeUp(long id, long version);

    /** The street's answer; published on the portal when asked. */
    OpinionView answer(long id, long version, String reply, boolean publish);

    /** The street takes the opinion up again. */
    OpinionView reopen(long id, long version, String reason);

    /** Not an opinion to handle, with the reason. */
    OpinionView dismiss(long id, long version, String reason);

    /**
     * The deputy who received the opinion records the voter's evaluation of the answer (a voter met in person,
     * who does not use the tracking code).
     */
    OpinionView evaluateForVoter(long id, long version, Evaluation evaluation, String comment);

    /** Tracking by code, for the citizen (no account). */
    Optional<PublicOpinionView> track(String code);

    /** The citizen's evaluation of the reply by code (no account). */
    PublicOpinionView evaluate(String code, Evaluation evaluation, String comment);

    /** Published answers, newest first (no account). */
    Page<PublishedReply> published(PageRequest page);
}
