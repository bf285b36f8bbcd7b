package cn.renda.meeting;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.meeting.MeetingRepository.AgendaItemRow;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.CongressView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.ScMemberView;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitType;
import cn.renda.supervision.DocumentType;
import cn.renda.supervision.NewOpinion;
import cn.renda.supervision.SupervisionFacade;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: planning, status, agenda with the 第十五条 timeline, attendance and quorum, votes, the
 * follow-up of reports (research, remarks, generated supervision opinions) and the figures of a year.
 */
@Service
@Transactional(readOnly = true)
public class MeetingFacade {

    /** Units that report to the standing committee (一府一委两院 and the government's departments). */
    private static final Set<UnitType> REPORTING = EnumSet.of(
            UnitType.GOVERNMENT,
            UnitType.DEPARTMENT,
            UnitType.SUPERVISORY_COMMISSION,
            UnitType.COURT,
            UnitType.PROCURATORATE);

    /** Items from which supervision opinions are generated after the meeting. */
    private static final Set<AgendaItemType> SUPERVISED = EnumSet.of(
            AgendaItemType.SPECIAL_WORK_REPORT,
            AgendaItemType.LAW_ENFORCEMENT_INSPECTION_REPORT,
            AgendaItemType.SPECIAL_INQUIRY);

    private final MeetingRepository meetings;
    private final PersonRegistry people;
    private final UnitDirectory units;
    private final BodyDirectory bodies;
    private final CongressFacade congresses;
    private final TimelinePolicy timelinePolicy;
    private final SupervisionFacade supervision;
    private final Clock clock;

    MeetingFacade(
            MeetingRepository meetings,
            PersonRegistry people,
            UnitDirectory units,
            BodyDirectory bodies,
            CongressFacade congresses,
            SupervisionFacade supervision,
            TimelinePolicy timelinePolicy,
            Clock clock) {
        this.timelinePolicy = timelinePolicy;
        this.meetings = meetings;
        this.people = people;
        this.units = units;
        this.bodies = bodies;
        this.congresses = congresses;
        this.supervision = supervision;
        this.clock = clock;
    }

    // --- meetings

    public Page<MeetingView> list(MeetingFilter filter, PageRequest page) {
        return Page.of(meetings.page(filter, page), page, meetings.count(filter));
    }

    public MeetingView get(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** A meeting with agenda, attendance of all current SC members, observers and quorum. */
    public MeetingDetail detail(long id) {
        MeetingView meeting = get(id);
        Map<Long, AttendanceStatus> recorded = meetings.attendance(id);
        List<AttendanceRow> attendance = people.scMembers().stream()
                .map(m -> new AttendanceRow(m.personId(), m.name(), m.position().name(), recorded.get(m.personId())))
                .toList();
        long present = attendance.stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .count();
        return new MeetingDetail(
                meeting,
                views(meetings.items(id)),
                attendance,
                meetings.observers(id),
                Quorum.of(attendance.size(), (int) present));
    }

    /** Creates a meeting and returns it as stored, read in the same transaction as the insert. */
    @Transactional
    public MeetingView create(MeetingCommand command) {
        CongressView congress = congresses.current();
        Integer number = number(command, congress.term(), null);
        long id = meetings.insert(command.kind(), congress.term(), number, title(command, congress, number), command);
        return get(id);
    }

    @Transactional
    public MeetingView update(long id, MeetingCommand command) {
        MeetingView current = get(id);
        if (current.status() == MeetingStatus.MINUTES_APPROVED) {
            throw new ConflictException("meeting.error.closed", "minutes approved");
        }
        if (command.kind() != current.kind()) {
            throw new InvalidInputException("kind", "meeting.error.kindFixed");
        }
        CongressView congress = congresses.current();
        Integer number = number(command, current.term(), id);
        meetings.update(id, number, title(command, congress, number), command);
        return get(id);
    }

    /**
     * Moves a meeting along PLANNED → NOTIFIED → HELD → MINUTES_APPROVED; an SC meeting is held only with
     * more than half of all SC members present.
     */
    @Transactional
    public MeetingView transition(long id, MeetingStatus target) {
        MeetingView meeting = get(id);
        meeting.status().requireMoveTo(target);
        if (target == MeetingStatus.HELD && meeting.kind() == MeetingKind.SC_MEETING) {
            Quorum quorum = detail(id).quorum();
            if (!quorum.reached()) {
                throw new ConflictException(
                        "meeting.error.noQuorum", "no quorum", quorum.present(), quorum.members(), quorum.required());
            }
        }
        if (!meetings.setStatus(id, meeting.status(), target)) {
            throw new ConflictException("meeting.error.concurrent", "meeting changed meanwhile");
        }
        return get(id);
    }

    // --- agenda

    public AgendaItemView item(long itemId) {
        return views(List.of(row(itemId))).get(0);
    }

    @Transactional
    public long addItem(long meetingId, AgendaItemCommand command) {
        MeetingView meeting = get(meetingId);
        if (meeting.status() == MeetingStatus.MINUTES_APPROVED) {
            throw new ConflictException("meeting.error.closed", "minutes approved");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (command.reportingUnitId() != null) {
            var unit = units.find(command.reportingUnitId());
            if (unit.isEmpty()) {
                problems.add(new FieldProblem("reportingUnitId", "meeting.error.unit"));
            } else if (command.type() == AgendaItemType.SPECIAL_WORK_REPORT
                    && !REPORTING.contains(unit.get().type())) {
                problems.add(new FieldProblem("reportingUnitId", "meeting.error.reportingUnit"));
            }
        } else if (command.type() == AgendaItemType.SPECIAL_WORK_REPORT) {
            problems.add(new FieldProblem("reportingUnitId", "meeting.error.reportingUnit"));
        }
        if (command.committeeId() != null && !bodies.bodyNames().containsKey(command.committeeId())) {
            problems.add(new FieldProblem("committeeId", "meeting.error.committee"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return meetings.insertItem(meetingId, command);
    }

    /** Records when the report reached the committee, the revised report the SC, and the members. */
    @Transactional
    public AgendaItemView recordTimeline(
            long itemId, LocalDate toCommittee, LocalDate revisedToSc, LocalDate toMembers) {
        AgendaItemRow item = row(itemId);
        if (item.type() != AgendaItemType.SPECIAL_WORK_REPORT) {
            throw new InvalidInputException("type", "meeting.error.notReport");
        }
        meetings.setTimeline(itemId, toCommittee, revisedToSc, toMembers);
        return item(itemId);
    }

    // --- attendance and votes

    /** Records the attendance of SC members (person id → status) while the meeting is notified or held. */
    @Transactional
    public MeetingDetail recordAttendance(long meetingId, Map<Long, AttendanceStatus> attendance) {
        MeetingView meeting = get(meetingId);
        if (meeting.status() != MeetingStatus.NOTIFIED && meeting.status() != MeetingStatus.HELD) {
            throw new ConflictException(
                    "meeting.error.attendanceState", "attendance when notified or held", meeting.status());
        }
        Set<Long> members = memberIds();
        for (var e : attendance.entrySet()) {
            if (!members.contains(e.getKey()) || e.getValue() == null) {
                throw new InvalidInputException("attendance", "meeting.error.member", e.getKey());
            }
        }
        attendance.forEach((person, status) -> meetings.setAttendance(meetingId, person, status));
        return detail(meetingId);
    }

    @Transactional
    public long addObserver(long meetingId, ObserverCommand command) {
        get(meetingId);
        return meetings.insertObserver(meetingId, command);
    }

    /**
     * Records the vote on a RESOLUTION or APPOINTMENT item of a held SC meeting with quorum, by member or
     * as tallies, once; it passes with more than half of all SC members voting for.
     */
    @Transactional
    public AgendaItemView vote(long itemId, VoteCommand command) {
        AgendaItemRow item = row(itemId);
        if (!item.type().voted()) {
            throw new ConflictException("meeting.error.notVoted", "item is not voted", item.type());
        }
        if (item.vote() != null) {
            throw new ConflictException("meeting.error.alreadyVoted", "item voted already");
        }
        MeetingDetail meeting = detail(item.meetingId());
        if (meeting.meeting().kind() != MeetingKind.SC_MEETING
                || meeting.meeting().status() != MeetingStatus.HELD) {
            throw new ConflictException("meeting.error.voteState", "votes in a held SC meeting only");
        }
        Quorum quorum = meeting.quorum();
        if (!quorum.reached()) {
            throw new ConflictException(
                    "meeting.error.noQuorum", "no quorum", quorum.present(), quorum.members(), quorum.required());
        }
        Set<Long> present = new HashSet<>();
        meeting.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .forEach(a -> present.add(a.personId()));
        int[] tally = new int[VoteChoice.values().length];
        boolean byMember = !command.members().isEmpty();
        if (byMember) {
            for (var e : command.members().entrySet()) {
                if (!present.contains(e.getKey()) || e.getValue() == null) {
                    throw new InvalidInputException("members", "meeting.error.voter", e.getKey());
                }
                tally[e.getValue().ordinal()]++;
            }
            tally[VoteChoice.NOT_VOTING.ordinal()] +=
                    present.size() - command.members().size();
        } else {
            tally[VoteChoice.FOR.ordinal()] = orZero(command.votesFor());
            tally[VoteChoice.AGAINST.ordinal()] = orZero(command.votesAgainst());
            tally[VoteChoice.ABSTAIN.ordinal()] = orZero(command.votesAbstain());
            tally[VoteChoice.NOT_VOTING.ordinal()] = orZero(command.votesNotVoting());
            int sum = 0;
            for (int t : tally) {
                if (t < 0) {
                    throw new InvalidInputException("votesFor", "meeting.error.tally", present.size());
                }
                sum += t;
            }
            if (sum == 0 || sum > present.size()) {
                throw new InvalidInputException("votesFor", "meeting.error.tally", present.size());
            }
        }
        int votesFor = tally[VoteChoice.FOR.ordinal()];
        VoteResult result = new VoteResult(
                quorum.members(),
                votesFor,
                tally[VoteChoice.AGAINST.ordinal()],
                tally[VoteChoice.ABSTAIN.ordinal()],
                tally[VoteChoice.NOT_VOTING.ordinal()],
                VotingRules.passes(quorum.members(), votesFor),
                byMember,
                OffsetDateTime.now(clock));
        if (!meetings.setVote(itemId, result)) {
            throw new ConflictException("meeting.error.alreadyVoted", "item voted already");
        }
        command.members().forEach((person, choice) -> meetings.insertVote(itemId, person, choice));
        return item(itemId);
    }

    /** Person id → choice of a vote taken by member (empty for tallies). */
    public Map<Long, VoteChoice> votes(long itemId) {
        row(itemId);
        return meetings.votes(itemId);
    }

    // --- follow-up: research, remarks, opinions

    public ItemFollowUp followUp(long itemId) {
        row(itemId);
        return new ItemFollowUp(meetings.research(itemId), meetings.remarks(itemId), meetings.opinions(itemId));
    }

    @Transactional
    public long addResearch(long itemId, ResearchKind kind, LocalDate notedOn, String content) {
        row(itemId);
        if (kind == null) {
            throw new InvalidInputException("kind", "meeting.error.required");
        }
        return meetings.insertResearch(
                itemId, kind, notedOn == null ? LocalDate.now(clock) : notedOn, text(content, "content", 4000));
    }

    @Transactional
    public long addRemark(long itemId, String discussionGroup, Long personId, String speaker, String content) {
        row(itemId);
        String group = text(discussionGroup, "discussionGroup", 60);
        String name = text(speaker, "speaker", 60);
        return meetings.insertRemark(itemId, group, personId, name, text(content, "content", 4000));
    }

    /**
     * After the meeting (会后督办): generates a deliberation opinion from a report item as a case of the
     * engine's 123 kind, issued at once to the item's reporting unit (STAFF).
     */
    @Transactional
    public OpinionLink generateOpinion(long itemId, OpinionCommand command) {
        AgendaItemRow item = row(itemId);
        MeetingView meeting = get(item.meetingId());
        if (!SUPERVISED.contains(item.type()) || item.reportingUnitId() == null) {
            throw new ConflictException("meeting.error.noOpinion", "no opinion from this item", item.type());
        }
        if (meeting.status() != MeetingStatus.HELD && meeting.status() != MeetingStatus.MINUTES_APPROVED) {
            throw new ConflictException("meeting.error.notHeld", "meeting not held", meeting.status());
        }
        CaseView opinion = supervision.createOpinion(new NewOpinion(
                DocumentType.DELIBERATION,
                command.title(),
                command.content(),
                "专项工作报告",
                command.issues(),
                List.of(new UnitAssignment(item.reportingUnitId(), AssignmentRole.LEAD)),
                meeting.title() + " · " + item.title(),
                meeting.startsAt().toLocalDate(),
                true));
        meetings.insertOpinion(itemId, opinion.id(), opinion.number());
        return new OpinionLink(opinion.id(), opinion.number());
    }

    // --- calendar and figures

    /**
     * The meetings of a user from a year ago on: staff, leaders and administrators see every meeting; SC
     * members the SC and joint meetings and those they are recorded at; others those they are recorded at.
     */
    public List<MeetingView> meetingsOf(CurrentUser user) {
        OffsetDateTime from = OffsetDateTime.now(clock).minusYears(1);
        List<MeetingView> all = meetings.from(from, 500);
        if (user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            return all;
        }
        Set<Long> recorded = user.personId() == null ? Set.of() : new HashSet<>(meetings.meetingsOf(user.personId()));
        boolean member = user.personId() != null && memberIds().contains(user.personId());
        return all.stream()
                .filter(m -> recorded.contains(m.id())
                        || (member && (m.kind() == MeetingKind.SC_MEETING || m.kind() == MeetingKind.JOINT_MEETING)))
                .toList();
    }

    /** The year's figures: meetings held by kind, special work reports heard, resolutions, appointment person-times. */
    public YearCounts counts(int year, long resolutions, long appointmentPersonTimes) {
        return new YearCounts(
                year,
                meetings.countMeetings(MeetingKind.SC_MEETING, year),
                meetings.countMeetings(MeetingKind.DIRECTORS_MEETING, year),
                meetings.countItems(AgendaItemType.SPECIAL_WORK_REPORT, year),
                resolutions,
                appointmentPersonTimes,
                meetings.countMeetings(MeetingKind.PARTY_GROUP_MEETING, year),
                meetings.countMeetings(MeetingKind.THEORY_STUDY, year));
    }

    // --- helpers

    AgendaItemRow row(long itemId) {
        return meetings.item(itemId).orElseThrow(() -> new NotFoundException("agendaItem", itemId));
    }

    private Set<Long> memberIds() {
        Set<Long> ids = new HashSet<>();
        for (ScMemberView m : people.scMembers()) {
            ids.add(m.personId());
        }
        return ids;
    }

    /** The items' views, with unit and committee names from the organization module (one look-up each). */
    private List<AgendaItemView> views(List<AgendaItemRow> rows) {
        Map<Long, String> unitNames =
                units.names(rows.stream().map(AgendaItemRow::reportingUnitId).toList());
        Map<Long, String> committeeNames =
                rows.stream().anyMatch(r -> r.committeeId() != null) ? bodies.bodyNames() : Map.of();
        return rows.stream()
                .map(r -> view(r, nameOf(unitNames, r.reportingUnitId()), nameOf(committeeNames, r.committeeId())))
                .toList();
    }

    /** The name of an optional id (immutable maps refuse a null key). */
    static String nameOf(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
    }

    private AgendaItemView view(AgendaItemRow r, String reportingUnitName, String committeeName) {
        List<ReportTimeline.Deadline> timeline = r.type() == AgendaItemType.SPECIAL_WORK_REPORT
                ? ReportTimeline.of(
                        r.meetingStartsAt().toLocalDate(),
                        r.reportToCommittee(),
                        r.revisedToSc(),
                        r.sentToMembers(),
                        LocalDate.now(clock.withZone(MeetingRepository.ZONE)),
                        timelinePolicy.days())
                : List.of();
        return new AgendaItemView(
                r.id(),
                r.meetingId(),
                r.position(),
                r.type(),
                r.title(),
                r.reportingUnitId(),
                reportingUnitName,
                r.committeeId(),
                committeeName,
                r.reportToCommittee(),
                r.revisedToSc(),
                r.sentToMembers(),
                timeline,
                r.vote());
    }

    private Integer number(MeetingCommand c, int term, Long except) {
        if (c.kind() != MeetingKind.SC_MEETING) {
            return null;
        }
        if (c.endsAt() != null && c.endsAt().isBefore(c.startsAt())) {
            throw new InvalidInputException("endsAt", "meeting.error.endsAt");
        }
        if (c.number() == null) {
            return except == null
                    ? meetings.nextNumber(c.kind(), term)
                    : get(except).number();
        }
        if (meetings.numberTaken(c.kind(), term, c.number(), except)) {
            throw new InvalidInputException("number", "meeting.error.numberTaken", c.number());
        }
        return c.number();
    }

    private static String title(MeetingCommand c, CongressView congress, Integer number) {
        if (c.endsAt() != null && c.endsAt().isBefore(c.startsAt())) {
            throw new InvalidInputException("endsAt", "meeting.error.endsAt");
        }
        if (c.title() != null && !c.title().isBlank()) {
            return c.title().strip();
        }
        if (c.kind() == MeetingKind.SC_MEETING) {
            return congress.shortName() + "第" + chinese(congress.term()) + "届人大常委会第" + chinese(number) + "次会议";
        }
        throw new InvalidInputException("title", "meeting.error.title");
    }

    /** A number from 1 to 999 in Chinese numerals (七, 十二, 二十一). */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n <= 0 || n >= 1000) {
            return Integer.toString(n);
        }
        StringBuilder s = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            s.append(digits.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                s.append(digits.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(digits.charAt(ones));
        }
        return s.toString();
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String text(String value, String field, int max) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty() || v.length() > max) {
            throw new InvalidInputException(field, "meeting.error.text", max);
        }
        return v;
    }
}
