package cn.renda.suggestion.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.suggestion.ContactCommand;
import cn.renda.suggestion.ContactView;
import cn.renda.suggestion.ContactWay;
import cn.renda.suggestion.DraftAttachment;
import cn.renda.suggestion.MotionDecision;
import cn.renda.suggestion.MotionReview;
import cn.renda.suggestion.ProgressNote;
import cn.renda.suggestion.QualityItem;
import cn.renda.suggestion.SignerView;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionFilter;
import cn.renda.suggestion.SuggestionSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of submissions, signers, contacts, progress notes and key choices. */
@Repository
class SuggestionRepository {

    /** A submission row. */
    record Row(
            long id,
            SubmissionType type,
            String title,
            String content,
            String topic,
            int year,
            boolean duringSession,
            String research,
            String facts,
            String consulted,
            Long leadAccountId,
            Long leadPersonId,
            String leadName,
            SubmissionStatus status,
            String reviewComment,
            List<QualityItem> checklistFailed,
            boolean complex,
            boolean publishConsent,
            Long caseId,
            String caseKind,
            String caseNumber,
            String caseState,
            Long mergedInto,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime submittedAt,
            OffsetDateTime registeredAt) {}

    static final String COLUMNS = "id, type, title, content, topic, year, during_session, research, facts,"
            + " consulted, lead_account_id, lead_person_id, lead_name, status, review_comment, checklist_failed,"
            + " complex, publish_consent, case_id, case_kind, case_number, case_state, merged_into, created_at,"
            + " updated_at, submitted_at, registered_at";

    static final Map<String, String> SORTS =
            Map.of("updatedAt", "s.updated_at", "title", "s.title", "number", "s.case_number", "year", "s.year");

    private final JdbcClient jdbc;

    private final StepSubmissions stepSubmissions;

    SuggestionRepository(JdbcClient jdbc, StepSubmissions stepSubmissions) {
        this.jdbc = jdbc;
        this.stepSubmissions = stepSubmissions;
    }

    /** Inserts a draft and returns its row as stored (defaults included), so nothing is read back. */
    Row insert(SuggestionDraft d, int year, Long accountId, Long personId, String leadName) {
        return jdbc.sql(
                        """
                        insert into suggestion.submission (type, title, content, topic, year, during_session, research, facts,
                          consulted, lead_account_id, lead_person_id, lead_name, status, publish_consent)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) returning"""
                                + " " + COLUMNS)
                .params(
                        d.type().name(),
                        d.title(),
                        nz(d.content()),
                        d.topic(),
                        year,
                        d.duringSession(),
                        nz(d.research()))
                .params(nz(d.facts()), nz(d.consulted()), accountId, personId, leadName, d.publishConsent())
                .query(SuggestionRepository::row)
                .single();
    }

    void update(long id, SuggestionDraft d) {
        jdbc.sql(
                        """
                        update suggestion.submission set type = ?, title = ?, content = ?, topic = ?, during_session = ?,
                          research = ?, facts = ?, consulted = ?, publish_consent = ?, updated_at = now()
                         where congress_id = ? and id = ?
                        """)
                .params(d.type().name(), d.title(), nz(d.content()), d.topic(), d.duringSession(), nz(d.research()))
                .params(nz(d.facts()), nz(d.consulted()), d.publishConsent(), TenantContext.orNone(), id)
                .update();
    }

    void replaceSigners(long id, List<SignerView> signers, Map<Long, Long> accounts) {
        jdbc.sql("delete from suggestion.signer where congress_id = ? and submission_id = ?")
                .params(TenantContext.orNone(), id)
                .update();
        insertSigners(id, signers, accounts);
    }

    /** The signers of a submission that has none yet (a new draft), in one statement, in list order. */
    void insertSigners(long id, List<SignerView> signers, Map<Long, Long> accounts) {
        cn.renda.core.InsertValues.insert(
                jdbc,
                "insert into suggestion.signer (submission_id, person_id, account_id, name, lead)",
                "",
                signers,
                s -> new Object[] {id, s.personId(), accounts.get(s.personId()), s.name(), s.lead()});
    }

    List<SignerView> signers(long id) {
        return jdbc.sql(
                        "select person_id, name, lead from suggestion.signer where congress_id = ? and submission_id = ? order by lead desc, id")
                .params(TenantContext.orNone(), id)
                .query((rs, n) -> new SignerView((Long) rs.getObject(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    void setStatus(long id, SubmissionStatus status, String comment, List<QualityItem> failed) {
        movedTo(id, status, comment, failed);
    }

    /** {@link #setStatus} returning the row as updated (empty when there is none), so nothing is read back. */
    Optional<Row> movedTo(long id, SubmissionStatus status, String comment, List<QualityItem> failed) {
        return jdbc.sql(
                        """
                        update suggestion.submission set status = ?, review_comment = coalesce(?, review_comment),
                          checklist_failed = ?, updated_at = now(),
                          submitted_at = case when ? = 'SUBMITTED' then ? else submitted_at end
                         where congress_id = ? and id = ?
                        returning"""
                                + " " + COLUMNS)
                .params(status.name(), comment)
                .param(failed.stream().map(Enum::name).toArray(String[]::new))
                // the time as a parameter: Citus evaluates no stable function (now()) inside CASE
                .params(status.name(), java.time.OffsetDateTime.now(), TenantContext.orNone(), id)
                .query(SuggestionRepository::row)
                .optional();
    }

    /**
     * Marks the submission registered as the case, at {@code at} (the time its view shows), in the caller's batch
     * (the engine's numbering round trip): status, case, its number ({@code number}: the value or the batch's
     * stand-in), state and type in one statement.
     */
    void registered(
            long id,
            long caseId,
            String kind,
            Object number,
            String state,
            SubmissionType type,
            OffsetDateTime at,
            cn.renda.core.WriteBatch batch) {
        batch.add(
                """
                update suggestion.submission set status = 'REGISTERED', case_id = ?, case_kind = ?, case_number = ?,
                  case_state = ?, type = ?, registered_at = ?, updated_at = now() where congress_id = ? and id = ?""",
                caseId,
                kind,
                number,
                state,
                type.name(),
                at,
                TenantContext.orNone(),
                id);
    }

    /** The submission's copy of its case's state, in the caller's batch (the engine's step round trip). */
    static void caseState(long congress, long caseId, String state, cn.renda.core.WriteBatch batch) {
        batch.add(
                "update suggestion.submission set case_state = ?, updated_at = now() where congress_id = ? and case_id = ?",
                state,
                congress,
                caseId);
    }

    void complex(long id, boolean complex) {
        jdbc.sql("update suggestion.submission set complex = ?, updated_at = now() where congress_id = ? and id = ?")
                .params(complex, TenantContext.orNone(), id)
                .update();
    }

    void submittedOn(long id, OffsetDateTime at) {
        jdbc.sql("update suggestion.submission set submitted_at = ?, created_at = least(created_at, ?)"
                        + " where congress_id = ? and id = ?")
                .params(at, at, TenantContext.orNone(), id)
                .update();
    }

    void complexByCase(long caseId) {
        jdbc.sql(
                        "update suggestion.submission set complex = true, updated_at = now() where congress_id = ? and case_id = ?")
                .params(TenantContext.orNone(), caseId)
                .update();
    }

    void mergeInto(long childId, long masterCaseId) {
        jdbc.sql(
                        "update suggestion.submission set merged_into = ?, updated_at = now() where congress_id = ? and id = ?")
                .params(masterCaseId, TenantContext.orNone(), childId)
                .update();
    }

    List<Long> mergedCases(long masterCaseId) {
        return jdbc.sql(
                        "select case_id from suggestion.submission where congress_id = ? and merged_into = ? order by id")
                .params(TenantContext.orNone(), masterCaseId)
                .query(Long.class)
                .list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from suggestion.submission where congress_id = ? and id = ?")
                .params(TenantContext.orNone(), id)
                .query(SuggestionRepository::row)
                .optional();
    }

    Optional<Row> findByCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from suggestion.submission where congress_id = ? and case_id = ?")
                .params(TenantContext.orNone(), caseId)
                .query(SuggestionRepository::row)
                .optional();
    }

    List<Row> findByCases(Long[] caseIds) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from suggestion.submission where congress_id = ? and case_id = any(?) order by case_number, id")
                .params(TenantContext.orNone(), caseIds)
                .query(SuggestionRepository::row)
                .list();
    }

    // ---- motions: committee handling ----------------------------------------------------------------

    void insertMotionReview(
            long caseId, long committeeId, String committeeName, LocalDate on, String note, long actor) {
        jdbc.sql(
                        """
                        insert into suggestion.motion_review (case_id, committee_id, committee_name, referred_on, refer_note, referred_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, committeeId, committeeName, on, note == null ? "" : note.trim(), actor)
                .update();
    }

    void reportMotionReview(long caseId, LocalDate on, MotionDecision decision, String report, long actor) {
        jdbc.sql(
                        """
                        update suggestion.motion_review set reported_on = ?, decision = ?, report = ?, reported_by = ?
                        where congress_id = ? and case_id = ?""")
                .params(on, decision.name(), report.trim(), actor, TenantContext.orNone(), caseId)
                .update();
    }

    Optional<MotionReview> motionReview(long caseId) {
        return jdbc.sql(
                        """
                        select case_id, committee_id, committee_name, referred_on, refer_note, reported_on, decision, report
                        from suggestion.motion_review where congress_id = ? and case_id = ?""")
                .params(TenantContext.orNone(), caseId)
                .query((rs, n) -> new MotionReview(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : MotionDecision.valueOf(rs.getString(7)),
                        rs.getString(8)))
                .optional();
    }

    // ---- draft attachments (evidence) ---------------------------------------------------------------

    long insertDraftAttachment(long submissionId, cn.renda.handling.NewAttachment a, String sha256, long actor) {
        return jdbc.sql(
                        """
                        insert into suggestion.draft_attachment (submission_id, filename, content_type, size, sha256, data, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(submissionId, a.filename(), a.contentType(), a.data().length, sha256, a.data(), actor)
                .query(Long.class)
                .single();
    }

    List<DraftAttachment> draftAttachments(long submissionId) {
        return jdbc.sql(
                        """
                        select id, filename, content_type, size, sha256, uploaded_at, case_attachment_id
                        from suggestion.draft_attachment where congress_id = ? and submission_id = ? order by id""")
                .params(TenantContext.orNone(), submissionId)
                .query((rs, n) -> new DraftAttachment(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getObject(6, java.time.OffsetDateTime.class),
                        (Long) rs.getObject(7)))
                .list();
    }

    Optional<cn.renda.handling.NewAttachment> draftAttachmentContent(long submissionId, long id) {
        return jdbc.sql(
                        "select filename, content_type, data from suggestion.draft_attachment where congress_id = ? and submission_id = ? and id = ?")
                .params(TenantContext.orNone(), submissionId, id)
                .query((rs, n) -> new cn.renda.handling.NewAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    int deleteDraftAttachment(long submissionId, long id) {
        return jdbc.sql(
                        "delete from suggestion.draft_attachment where congress_id = ? and submission_id = ? and id = ? and case_attachment_id is null")
                .params(TenantContext.orNone(), submissionId, id)
                .update();
    }

    void draftAttachmentCopied(long id, long caseAttachmentId) {
        jdbc.sql("update suggestion.draft_attachment set case_attachment_id = ? where congress_id = ? and id = ?")
                .params(caseAttachmentId, TenantContext.orNone(), id)
                .update();
    }

    boolean publishConsent(long caseId) {
        return jdbc.sql(
                        "select coalesce(bool_and(publish_consent), false) from suggestion.submission where congress_id = ? and case_id = ?")
                .params(TenantContext.orNone(), caseId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Submissions the account leads or co-signs, newest change first: the union of the two look-ups by index (the
     * lead's rows through submission_lead_account, the co-signed ones through signer_person), so the statement reads
     * the deputy's own submissions and sorts only those, never the congress's (issue #11, session 10).
     */
    List<SuggestionSummary> mine(long accountId, Long personId, PageRequest page) {
        return jdbc.sql("select " + summaryColumns() + " from (" + MINE + ") s"
                        + " order by s.updated_at desc, s.id desc limit ? offset ?")
                .params(mineParams(accountId, personId))
                .params(page.size(), page.offset())
                .query(SuggestionRepository::summary)
                .list();
    }

    long countMine(long accountId, Long personId) {
        return jdbc.sql("select count(*) from (" + MINE + ") s")
                .params(mineParams(accountId, personId))
                .query(Long.class)
                .single();
    }

    // The lead's and the co-signer's rows as two index look-ups; UNION drops a submission found by both. Both
    // name the congress as a value, so Citus routes the statement to one shard. parameters: congress, account,
    // congress, congress, person
    private static final String MINE = "select " + summaryColumns()
            + " from suggestion.submission s where s.congress_id = ? and s.lead_account_id = ?"
            + " union select " + summaryColumns()
            + " from suggestion.signer g join suggestion.submission s"
            + " on s.congress_id = g.congress_id and s.id = g.submission_id"
            + " where g.congress_id = ? and s.congress_id = ? and g.person_id = ?";

    private static Object[] mineParams(long accountId, Long personId) {
        Long congress = TenantContext.orNone();
        return new Object[] {congress, accountId, congress, congress, personId};
    }

    // parameters: account, congress, person. The signers' congress as a value: under OR the EXISTS is no
    // semi-join, and Citus would send the correlated look-up to every shard
    private static final String SIGNER = "(s.lead_account_id = ? or exists (select 1 from suggestion.signer g"
            + " where g.congress_id = ? and g.submission_id = s.id and g.person_id = ?))";

    boolean isSigner(long id, long accountId, Long personId) {
        return jdbc.sql("select exists (select 1 from suggestion.submission s where s.congress_id = ? and s.id = ? and "
                        + SIGNER + ")")
                .params(TenantContext.orNone(), id, accountId, TenantContext.orNone(), personId)
                .query(Boolean.class)
                .single();
    }

    /** The office's list: drafts are the deputies' own and never listed here. */
    List<SuggestionSummary> list(SuggestionFilter f, PageRequest page) {
        String order = page.orderBy(SORTS, "s.updated_at desc");
        return jdbc.sql("select " + summaryColumns() + " from suggestion.submission s where s.congress_id = ? and "
                        + FILTER + " order by " + order + ", s.id desc limit ? offset ?")
                .param(TenantContext.orNone())
                .params(filterParams(f))
                .params(page.size(), page.offset())
                .query(SuggestionRepository::summary)
                .list();
    }

    long count(SuggestionFilter f) {
        return jdbc.sql("select count(*) from suggestion.submission s where s.congress_id = ? and " + FILTER)
                .param(TenantContext.orNone())
                .params(filterParams(f))
                .query(Long.class)
                .single();
    }

    private static final String FILTER = "s.status <> 'DRAFT' and (?::text is null or s.status = ?)"
            + " and (?::text is null or s.type = ?) and (?::int is null or s.year = ?)"
            + " and (?::text is null or s.case_state = ?)"
            + " and (?::text is null or s.title like '%' || ? || '%' or s.case_number = ?)";

    private static Object[] filterParams(SuggestionFilter f) {
        String status = f.status() == null ? null : f.status().name();
        String type = f.type() == null ? null : f.type().name();
        String q = f.q() == null || f.q().isBlank() ? null : f.q().trim();
        return new Object[] {status, status, type, type, f.year(), f.year(), f.caseState(), f.caseState(), q, q, q};
    }

    private static String summaryColumns() {
        return "s.id, s.type, s.title, s.topic, s.year, s.lead_name, s.status, s.case_id, s.case_number, s.case_state,"
                + " s.merged_into, s.updated_at";
    }

    /** Registered submissions (of a year, or every year when null), by case number. */
    List<Row> registeredCases(Integer year) {
        return jdbc.sql("select " + COLUMNS
                        + " from suggestion.submission where congress_id = ? and case_id is not null"
                        + " and (?::int is null or year = ?) order by year, id")
                .params(TenantContext.orNone(), year, year)
                .query(SuggestionRepository::row)
                .list();
    }

    /** Submitted (not drafts, not withdrawn), motions among them, registered, merged — of a year. */
    int[] yearStats(int year) {
        return jdbc.sql(
                        """
                        select count(*) filter (where status in ('SUBMITTED','IMPROVING','REGISTERED')),
                               count(*) filter (where type = 'MOTION' and status in ('SUBMITTED','IMPROVING','REGISTERED')),
                               count(*) filter (where status = 'REGISTERED'),
                               count(*) filter (where merged_into is not null)
                          from suggestion.submission where congress_id = ? and year = ?
                        """)
                .params(TenantContext.orNone(), year)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)})
                .single();
    }

    // ---- contacts and progress notes --------------------------------------------------------------

    /** Records a contact; returns its id. */
    long insertContact(long caseId, long unitId, ContactCommand c, long actor) {
        stepSubmissions.contactRecorded(caseId, unitId);
        return jdbc.sql(
                        "insert into suggestion.contact (case_id, unit_id, contact_date, way, agreed, created_by) values (?, ?, ?, ?, ?, ?) returning id")
                .params(caseId, unitId, c.date(), c.way().name(), c.agreed().trim(), actor)
                .query(Long.class)
                .single();
    }

    /** Whether the case has a contact (of the unit, or of any unit for null): from the step's snapshot if it read one. */
    boolean hasContact(long caseId, Long unitId) {
        Optional<Boolean> read = stepSubmissions.contacted(caseId, unitId);
        if (read.isPresent()) {
            return read.get();
        }
        return jdbc.sql("select exists (select 1 from suggestion.contact where congress_id = ? and case_id = ?"
                        + " and (?::bigint is null or unit_id = ?))")
                .params(TenantContext.orNone(), caseId, unitId, unitId)
                .query(Boolean.class)
                .single();
    }

    List<ContactView> contacts(long caseId) {
        return jdbc.sql(
                        "select id, unit_id, contact_date, way, agreed from suggestion.contact where congress_id = ? and case_id = ? order by contact_date, id")
                .params(TenantContext.orNone(), caseId)
                .query((rs, n) -> new ContactView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        ContactWay.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    /** Contacts of many cases, by case (one query). */
    Map<Long, List<ContactView>> contactsOf(Long[] caseIds) {
        Map<Long, List<ContactView>> out = new HashMap<>();
        jdbc.sql(
                        """
                        select case_id, id, unit_id, contact_date, way, agreed from suggestion.contact
                        where congress_id = ? and case_id = any(?) order by contact_date, id""")
                .params(TenantContext.orNone(), caseIds)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new ContactView(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getObject(4, LocalDate.class),
                                ContactWay.valueOf(rs.getString(5)),
                                rs.getString(6))))
                .list()
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Progress notes of many cases since a day, by case (one query). */
    Map<Long, List<ProgressNote>> progressOf(Long[] caseIds, LocalDate since) {
        Map<Long, List<ProgressNote>> out = new HashMap<>();
        jdbc.sql(
                        """
                        select id, case_id, unit_id, note, noted_on from suggestion.progress_note
                        where congress_id = ? and case_id = any(?) and noted_on >= ? order by noted_on, id""")
                .params(TenantContext.orNone(), caseIds, since)
                .query((rs, n) -> new ProgressNote(
                        rs.getLong(1),
                        rs.getLong(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list()
                .forEach(p ->
                        out.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p));
        return out;
    }

    void insertProgress(long caseId, Long unitId, String note, LocalDate on, long actor) {
        jdbc.sql(
                        "insert into suggestion.progress_note (case_id, unit_id, note, noted_on, created_by) values (?, ?, ?, ?, ?)")
                .params(caseId, unitId, note.trim(), on, actor)
                .update();
    }

    List<ProgressNote> progress(long caseId) {
        return jdbc.sql(
                        "select id, case_id, unit_id, note, noted_on from suggestion.progress_note where congress_id = ? and case_id = ? order by noted_on, id")
                .params(TenantContext.orNone(), caseId)
                .query((rs, n) -> new ProgressNote(
                        rs.getLong(1),
                        rs.getLong(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    void insertKeyChoice(long caseId, String meetingRef, LocalDate meetingDate, long leaderId) {
        jdbc.sql(
                        "insert into suggestion.key_choice (case_id, meeting_ref, meeting_date, leader_id) values (?, ?, ?, ?)")
                .params(caseId, meetingRef, meetingDate, leaderId)
                .update();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        String[] failed = (String[]) rs.getArray("checklist_failed").getArray();
        return new Row(
                rs.getLong("id"),
                SubmissionType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("content"),
                rs.getString("topic"),
                rs.getInt("year"),
                rs.getBoolean("during_session"),
                rs.getString("research"),
                rs.getString("facts"),
                rs.getString("consulted"),
                (Long) rs.getObject("lead_account_id"),
                (Long) rs.getObject("lead_person_id"),
                rs.getString("lead_name"),
                SubmissionStatus.valueOf(rs.getString("status")),
                rs.getString("review_comment"),
                new ArrayList<>(Arrays.stream(failed).map(QualityItem::valueOf).toList()),
                rs.getBoolean("complex"),
                rs.getBoolean("publish_consent"),
                (Long) rs.getObject("case_id"),
                rs.getString("case_kind"),
                rs.getString("case_number"),
                rs.getString("case_state"),
                (Long) rs.getObject("merged_into"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("registered_at", OffsetDateTime.class));
    }

    private static SuggestionSummary summary(ResultSet rs, int n) throws SQLException {
        return new SuggestionSummary(
                rs.getLong(1),
                SubmissionType.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6),
                SubmissionStatus.valueOf(rs.getString(7)),
                (Long) rs.getObject(8),
                rs.getString(9),
                rs.getString(10),
                (Long) rs.getObject(11),
                rs.getObject(12, OffsetDateTime.class));
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
