package cn.renda.suggestion;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.UnitAssignment;
import cn.renda.search.SearchHit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Suggestions and motions for the signed-in user: drafts and submission by deputies, review,
 * registration, merging and assignment by the office, contact records and actions by units, similar
 * cases and suggested units. Merged cases (并案) follow their master's assignment and unit actions, so
 * they are handled as one while every deputy gets a reply on their own case.
 *
 * <p>The contract of the module's suggestion work; each call is handed to the section of
 * {@code cn.renda.suggestion.internal} named for it (drafts, office review, unit work, motions, evidence, reads).
 */
public interface SuggestionFacade {
    /** The zone of the congress calendar (dates of submissions, contacts and reports). */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Deputies a motion needs in the bound congress (configurable per level). */
    int motionSigners();

    /** Saves a draft of the signed-in deputy (creates it when {@code id} is null); the deputy leads it. */
    SuggestionView saveDraft(SuggestionDraft d);

    /** Submits a draft (or an improved one) to the office; a motion needs enough signers. */
    SuggestionView submit(long id);

    /** Withdraws a submission not yet registered. */
    SuggestionView withdraw(long id);

    /** The submissions the signed-in deputy leads or co-signs, newest first. */
    Page<SuggestionSummary> mine(PageRequest page);

    /** The suggestion cases assigned to the signed-in unit officer's unit, newest first. */
    Page<cn.renda.handling.CaseSummary> forMyUnit(PageRequest page);

    /** The office's list (submitted and later; drafts stay private). */
    Page<SuggestionSummary> list(SuggestionFilter filter, PageRequest page);

    /** Takes over a submitted suggestion from paper or a previous system (STAFF or ADMIN). */
    SuggestionView importSubmission(ImportedSuggestion s);

    /** Returns a submission for improvement with the checklist items it fails and comments (STAFF). */
    SuggestionView returnForImprovement(long id, List<QualityItem> failed, String comment);

    /**
     * Registers a submitted suggestion as a case (STAFF). A motion is either placed for committee handling
     * ({@code asType} MOTION) or converted into a suggestion ({@code asType} SUGGESTION).
     */
    SuggestionDetail register(long id, SubmissionType asType);

    /** Merges registered suggestions into a master (并案): they follow its assignment and unit actions. */
    SuggestionView merge(long masterId, List<Long> others);

    /** Assigns a registered suggestion (and the ones merged into it) to units (STAFF); complex ones get 6 months. */
    SuggestionDetail assign(long id, List<UnitAssignment> assignments, boolean complex);

    /**
     * Back-dated import of a historical assignment (STAFF or ADMIN): as {@link #assign}, but the reply clock
     * starts on {@code assignedOn} (see {@link HandlingFacade#actAsOf}); used for cases taken over from
     * paper or a previous system, and by the demo data.
     */
    SuggestionDetail importAssignment(long id, List<UnitAssignment> assignments, boolean complex, LocalDate assignedOn);

    /**
     * Back-dated import of a historical action (STAFF or ADMIN), passed on to merged cases like
     * {@link #act}; see {@link HandlingFacade#actAsOf}.
     */
    SuggestionDetail importAction(long id, ActionCommand command, LocalDate asOf);

    /**
     * Marks a suggestion complex (STAFF). By policy (代表法 第五十一条) a complex suggestion's reply is due 6
     * months after assignment: marked before assignment, the reply clock starts with 6 months; marked later,
     * the running clock is recomputed to 6 months from its assignment date (a CLOCK_POLICY event on the
     * timeline), with no extension request.
     */
    SuggestionDetail markComplex(long id);

    /** Key suggestion (重点建议) chosen by the directors' meeting and led by a leader (STAFF or LEADER). */
    SuggestionDetail chooseKey(long id, String meetingRef, LocalDate meetingDate, long leaderId);

    /** Records the unit's contact with the deputy (与代表联系沟通), also for the cases merged into this one. */
    SuggestionDetail recordContact(long id, ContactCommand command);

    /** A progress note of a unit (or staff) for the bi-monthly tracking report. */
    SuggestionDetail addProgress(long id, String note);

    /**
     * Fires an engine action on the suggestion's case; unit actions on a master are passed on to the
     * cases merged into it (a reply addressed to each deputy).
     */
    SuggestionDetail act(long id, ActionCommand command);

    /** The committees (special committees and working committees) a motion may be referred to, by id. */
    Map<Long, String> committees();

    /** Refers a registered motion to a committee for review (STAFF; 交付专门委员会审议). */
    SuggestionDetail referMotion(long id, long committeeId, String note);

    /** Records the committee's review report of a referred motion (STAFF; 审议结果报告). */
    SuggestionDetail reportMotionReview(long id, MotionDecision decision, LocalDate reportedOn, String report);

    /** The committee handling of a motion, if it was referred (users who may see the suggestion). */
    java.util.Optional<MotionReview> motionReview(long id);

    /**
     * Attaches an evidence file to the signed-in deputy's draft (or submission being improved), checked by
     * the engine's attachment rules (size, type whitelist, magic bytes); it is copied onto the case at
     * registration.
     */
    DraftAttachment attachToDraft(long id, cn.renda.handling.NewAttachment file);

    /** Removes an evidence file from the signed-in deputy's draft. */
    void removeDraftAttachment(long id, long attachmentId);

    /** The evidence files of a suggestion (whoever may see the suggestion). */
    List<DraftAttachment> draftAttachments(long id);

    /** An evidence file with its bytes (whoever may see the suggestion). */
    cn.renda.handling.NewAttachment draftAttachment(long id, long attachmentId);

    /** A submission and its case as the user may see them. */
    SuggestionDetail detail(long id);

    /** The submission id of a suggestion case (for links from search hits). */
    long idOfCase(long caseId);

    /**
     * The most similar earlier cases of a suggestion (this year and past years). Deputies (and other users
     * outside the office) see only published cases and their own: others' unpublished titles and numbers
     * never leave the server.
     */
    List<SearchHit> similar(long id, int limit);

    /** The most similar cases to a text being typed (deputies: only published cases and their own). */
    List<SearchHit> similarToText(String text, int limit);

    /** Likely lead and co units of a suggestion, from the assignments of its nearest neighbours. */
    Routing routing(long id);
}
