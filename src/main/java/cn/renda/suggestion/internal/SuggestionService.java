package cn.renda.suggestion.internal;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.UnitAssignment;
import cn.renda.search.SearchHit;
import cn.renda.suggestion.ContactCommand;
import cn.renda.suggestion.DraftAttachment;
import cn.renda.suggestion.ImportedSuggestion;
import cn.renda.suggestion.MotionDecision;
import cn.renda.suggestion.MotionReview;
import cn.renda.suggestion.QualityItem;
import cn.renda.suggestion.Routing;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDetail;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionFacade;
import cn.renda.suggestion.SuggestionFilter;
import cn.renda.suggestion.SuggestionSummary;
import cn.renda.suggestion.SuggestionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The implementation of {@link SuggestionFacade}. */
@Service
class SuggestionService implements SuggestionFacade {

    private final Drafts drafts;
    private final Evidence evidence;
    private final Motions motions;
    private final OfficeReview office;
    private final SuggestionReads reads;
    private final UnitWork unitWork;

    SuggestionService(
            Drafts drafts,
            Evidence evidence,
            Motions motions,
            OfficeReview office,
            SuggestionReads reads,
            UnitWork unitWork) {
        this.drafts = drafts;
        this.evidence = evidence;
        this.motions = motions;
        this.office = office;
        this.reads = reads;
        this.unitWork = unitWork;
    }

    /** Deputies a motion needs in the bound congress (configurable per level). */
    @Transactional(readOnly = true)
    public int motionSigners() {
        return drafts.motionSigners();
    }

    /** Saves a draft of the signed-in deputy (creates it when {@code id} is null); the deputy leads it. */
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public SuggestionView saveDraft(SuggestionDraft d) {
        return drafts.saveDraft(d);
    }

    /** Submits a draft (or an improved one) to the office; a motion needs enough signers. */
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public SuggestionView submit(long id) {
        return drafts.submit(id);
    }

    /** Withdraws a submission not yet registered. */
    @Transactional
    public SuggestionView withdraw(long id) {
        return drafts.withdraw(id);
    }

    /** The submissions the signed-in deputy leads or co-signs, newest first. */
    @Transactional(readOnly = true)
    public Page<SuggestionSummary> mine(PageRequest page) {
        return drafts.mine(page);
    }

    /** The suggestion cases assigned to the signed-in unit officer's unit, newest first. */
    @Transactional(readOnly = true)
    public Page<cn.renda.handling.CaseSummary> forMyUnit(PageRequest page) {
        return unitWork.forMyUnit(page);
    }

    /** The office's list (submitted and later; drafts stay private). */
    @Transactional(readOnly = true)
    public Page<SuggestionSummary> list(SuggestionFilter filter, PageRequest page) {
        return office.list(filter, page);
    }

    /** Takes over a submitted suggestion from paper or a previous system (STAFF or ADMIN). */
    @Transactional
    public SuggestionView importSubmission(ImportedSuggestion s) {
        return office.importSubmission(s);
    }

    /** Returns a submission for improvement with the checklist items it fails and comments (STAFF). */
    @Transactional
    public SuggestionView returnForImprovement(long id, List<QualityItem> failed, String comment) {
        return office.returnForImprovement(id, failed, comment);
    }

    /**
     * Registers a submitted suggestion as a case (STAFF). A motion is either placed for committee handling
     * ({@code asType} MOTION) or converted into a suggestion ({@code asType} SUGGESTION).
     */
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public SuggestionDetail register(long id, SubmissionType asType) {
        if (org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                .isNewTransaction()) {
            // this transaction ends with the registration: the case's numbering round trip may commit it
            cn.renda.handling.CreationCommit.allow();
        }
        return office.register(id, asType);
    }

    /** Merges registered suggestions into a master (并案): they follow its assignment and unit actions. */
    @Transactional
    public SuggestionView merge(long masterId, List<Long> others) {
        return office.merge(masterId, others);
    }

    /** Assigns a registered suggestion (and the ones merged into it) to units (STAFF); complex ones get 6 months. */
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public SuggestionDetail assign(long id, List<UnitAssignment> assignments, boolean complex) {
        return office.assign(id, assignments, complex);
    }

    /**
     * Back-dated import of a historical assignment (STAFF or ADMIN): as {@link #assign}, but the reply clock
     * starts on {@code assignedOn} (see {@link HandlingFacade#actAsOf}); used for cases taken over from
     * paper or a previous system, and by the demo data.
     */
    @Transactional
    public SuggestionDetail importAssignment(
            long id, List<UnitAssignment> assignments, boolean complex, LocalDate assignedOn) {
        return office.importAssignment(id, assignments, complex, assignedOn);
    }

    /**
     * Back-dated import of a historical action (STAFF or ADMIN), passed on to merged cases like
     * {@link #act}; see {@link HandlingFacade#actAsOf}.
     */
    @Transactional
    public SuggestionDetail importAction(long id, ActionCommand command, LocalDate asOf) {
        return office.importAction(id, command, asOf);
    }

    /**
     * Marks a suggestion complex (STAFF). By policy (代表法 第五十一条) a complex suggestion's reply is due 6
     * months after assignment: marked before assignment, the reply clock starts with 6 months; marked later,
     * the running clock is recomputed to 6 months from its assignment date (a CLOCK_POLICY event on the
     * timeline), with no extension request.
     */
    @Transactional
    public SuggestionDetail markComplex(long id) {
        return office.markComplex(id);
    }

    /** Key suggestion (重点建议) chosen by the directors' meeting and led by a leader (STAFF or LEADER). */
    @Transactional
    public SuggestionDetail chooseKey(long id, String meetingRef, LocalDate meetingDate, long leaderId) {
        return office.chooseKey(id, meetingRef, meetingDate, leaderId);
    }

    /** Records the unit's contact with the deputy (与代表联系沟通), also for the cases merged into this one. */
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public SuggestionDetail recordContact(long id, ContactCommand command) {
        return unitWork.recordContact(id, command);
    }

    /** A progress note of a unit (or staff) for the bi-monthly tracking report. */
    @Transactional
    public SuggestionDetail addProgress(long id, String note) {
        return unitWork.addProgress(id, note);
    }

    /**
     * Fires an engine action on the suggestion's case; unit actions on a master are passed on to the
     * cases merged into it (a reply addressed to each deputy).
     */
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public SuggestionDetail act(long id, ActionCommand command) {
        return unitWork.act(id, command);
    }

    /** The committees (special committees and working committees) a motion may be referred to, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> committees() {
        return motions.committees();
    }

    /** Refers a registered motion to a committee for review (STAFF; 交付专门委员会审议). */
    @Transactional
    public SuggestionDetail referMotion(long id, long committeeId, String note) {
        return motions.referMotion(id, committeeId, note);
    }

    /** Records the committee's review report of a referred motion (STAFF; 审议结果报告). */
    @Transactional
    public SuggestionDetail reportMotionReview(long id, MotionDecision decision, LocalDate reportedOn, String report) {
        return motions.reportMotionReview(id, decision, reportedOn, report);
    }

    /** The committee handling of a motion, if it was referred (users who may see the suggestion). */
    @Transactional(readOnly = true)
    public java.util.Optional<MotionReview> motionReview(long id) {
        return motions.motionReview(id);
    }

    /**
     * Attaches an evidence file to the signed-in deputy's draft (or submission being improved), checked by
     * the engine's attachment rules (size, type whitelist, magic bytes); it is copied onto the case at
     * registration.
     */
    @Transactional
    public DraftAttachment attachToDraft(long id, cn.renda.handling.NewAttachment file) {
        return evidence.attachToDraft(id, file);
    }

    /** Removes an evidence file from the signed-in deputy's draft. */
    @Transactional
    public void removeDraftAttachment(long id, long attachmentId) {
        evidence.removeDraftAttachment(id, attachmentId);
    }

    /** The evidence files of a suggestion (whoever may see the suggestion). */
    @Transactional(readOnly = true)
    public List<DraftAttachment> draftAttachments(long id) {
        return evidence.draftAttachments(id);
    }

    /** An evidence file with its bytes (whoever may see the suggestion). */
    @Transactional(readOnly = true)
    public cn.renda.handling.NewAttachment draftAttachment(long id, long attachmentId) {
        return evidence.draftAttachment(id, attachmentId);
    }

    /** A submission and its case as the user may see them. */
    @Transactional(readOnly = true)
    public SuggestionDetail detail(long id) {
        return reads.detail(id);
    }

    /** The submission id of a suggestion case (for links from search hits). */
    @Transactional(readOnly = true)
    public long idOfCase(long caseId) {
        return reads.idOfCase(caseId);
    }

    /**
     * The most similar earlier cases of a suggestion (this year and past years). Deputies (and other users
     * outside the office) see only published cases and their own: others' unpublished titles and numbers
     * never leave the server.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> similar(long id, int limit) {
        return reads.similar(id, limit);
    }

    /** The most similar cases to a text being typed (deputies: only published cases and their own). */
    @Transactional(readOnly = true)
    public List<SearchHit> similarToText(String text, int limit) {
        return reads.similarToText(text, limit);
    }

    /** Likely lead and co units of a suggestion, from the assignments of its nearest neighbours. */
    @Transactional(readOnly = true)
    public Routing routing(long id) {
        return reads.routing(id);
    }
}
