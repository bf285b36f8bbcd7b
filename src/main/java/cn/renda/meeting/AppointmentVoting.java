package cn.renda.meeting;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.meeting.MeetingRepository.AgendaItemRow;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments voted person by person (逐人表决): the nominees of an APPOINTMENT item are voted one at a
 * time in a held SC meeting with quorum, each passing with more than half of all members, so one can fail
 * while the others pass; a passed nominee goes into the appointments register (and the organization
 * registry), and the constitutional oath (宪法宣誓) of those appointed is recorded.
 */
@Service
@Transactional(readOnly = true)
public class AppointmentVoting {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MeetingFacade meetings;
    private final RegisterFacade registers;
    private final NomineeRepository nominees;
    private final UnitDirectory units;
    private final Clock clock;

    AppointmentVoting(
            MeetingFacade meetings,
            RegisterFacade registers,
            NomineeRepository nominees,
            UnitDirectory units,
            Clock clock) {
        this.meetings = meetings;
        this.registers = registers;
        this.nominees = nominees;
        this.units = units;
        this.clock = clock;
    }

    /** The nominees of an APPOINTMENT item in order. */
    public List<NomineeView> nominees(long itemId) {
        appointmentItem(itemId);
        return nominees.ofItem(itemId, unitNames());
    }

    /** Adds a nominee to an APPOINTMENT item not voted as a whole, while its meeting's minutes are open. */
    @Transactional
    public NomineeView addNominee(long itemId, NomineeCommand command) {
        AgendaItemRow item = appointmentItem(itemId);
        if (item.vote() != null) {
            throw new ConflictException("meeting.nominee.error.votedAsWhole", "item voted as a whole");
        }
        if (meetings.get(item.meetingId()).status() == MeetingStatus.MINUTES_APPROVED) {
            throw new ConflictException("meeting.error.closed", "minutes approved");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = command.personName() == null ? "" : command.personName().strip();
        if (name.isEmpty() || name.length() > 60) {
            problems.add(new FieldProblem("personName", "meeting.nominee.error.name"));
        }
        String office = command.office() == null ? "" : command.office().strip();
        if (office.isEmpty() || office.length() > 100) {
            problems.add(new FieldProblem("office", "meeting.nominee.error.office"));
        }
        if (command.action() == null) {
            problems.add(new FieldProblem("action", "meeting.nominee.error.action"));
        }
        Long unitId = null;
        if (command.unitName() != null && !command.unitName().isBlank()) {
            unitId = units.findByName(command.unitName()).map(UnitView::id).orElse(null);
            if (unitId == null) {
                problems.add(new FieldProblem("unitName", "meeting.nominee.error.unit"));
            }
        } else if (command.action() != null && command.action().intoOffice()) {
            problems.add(new FieldProblem("unitName", "meeting.nominee.error.unit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = nominees.insert(itemId, command.personId(), name, office, unitId, command.action());
        return nominee(itemId, id);
    }

    /**
     * Records the vote on one nominee, once, in a held SC meeting with quorum: member by member (each present
     * member's ballot, the tallies derived) or as tallies; it passes with more than half of all SC members for. A
     * passed nominee is registered at once.
     */
    @Transactional
    public NomineeView vote(long itemId, long nomineeId, VoteCommand tallies) {
        AgendaItemRow item = appointmentItem(itemId);
        NomineeView nominee = nominee(itemId, nomineeId);
        if (nominee.voted()) {
            throw new ConflictException("meeting.nominee.error.voted", "nominee voted already");
        }
        if (item.vote() != null) {
            throw new ConflictException("meeting.nominee.error.votedAsWhole", "item voted as a whole");
        }
        MeetingDetail meeting = meetings.detail(item.meetingId());
        if (meeting.meeting().kind() != MeetingKind.SC_MEETING
                || meeting.meeting().status() != MeetingStatus.HELD) {
            throw new ConflictException("meeting.error.voteState", "votes in a held SC meeting only");
        }
        Quorum quorum = meeting.quorum();
        if (!quorum.reached()) {
            throw new ConflictException(
                    "meeting.error.noQuorum", "no quorum", quorum.present(), quorum.members(), quorum.required());
        }
        int present = quorum.present();
        boolean byMember = !tallies.members().isEmpty();
        int[] t = byMember
                ? ballotTallies(meeting, tallies.members())
                : new int[] {
                    orZero(tallies.votesFor()),
                    orZero(tallies.votesAgainst()),
                    orZero(tallies.votesAbstain()),
                    orZero(tallies.votesNotVoting())
                };
        int sum = 0;
        for (int v : t) {
            if (v < 0) {
                throw new InvalidInputException("votesFor", "meeting.error.tally", present);
            }
            sum += v;
        }
        if (sum == 0 || sum > present) {
            throw new InvalidInputException("votesFor", "meeting.error.tally", present);
        }
        boolean passed = VotingRules.passes(quorum.members(), t[0]);
        VoteResult result =
                new VoteResult(quorum.members(), t[0], t[1], t[2], t[3], passed, byMember, OffsetDateTime.now(clock));
        if (!nominees.vote(nomineeId, result)) {
            throw new ConflictException("meeting.nominee.error.voted", "nominee voted already");
        }
        nominees.insertBallots(nomineeId, tallies.members());
        if (passed) {
            AppointmentView entry = registers.register(
                    item,
                    new AppointmentCommand(
                            nominee.personId(),
                            nominee.personName(),
                            nominee.office(),
                            nominee.unitId(),
                            nominee.action(),
                            null),
                    "逐人表决：赞成" + t[0] + " 反对" + t[1] + " 弃权" + t[2] + " 通过");
            nominees.registered(nomineeId, entry.id());
        }
        return nominee(itemId, nomineeId);
    }

    /**
     * Tallies from each present member's ballot (for, against, abstain, not voting); present members without a
     * ballot count as not voting. A ballot of someone not present is refused.
     */
    private static int[] ballotTallies(MeetingDetail meeting, Map<Long, VoteChoice> ballots) {
        java.util.Set<Long> present = new java.util.HashSet<>();
        meeting.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .forEach(a -> present.add(a.personId()));
        int[] t = new int[VoteChoice.values().length];
        for (var e : ballots.entrySet()) {
            if (!present.contains(e.getKey()) || e.getValue() == null) {
                throw new InvalidInputException("members", "meeting.error.voter", e.getKey());
            }
            t[e.getValue().ordinal()]++;
        }
        t[VoteChoice.NOT_VOTING.ordinal()] += present.size() - ballots.size();
        return new int[] {
            t[VoteChoice.FOR.ordinal()],
            t[VoteChoice.AGAINST.ordinal()],
            t[VoteChoice.ABSTAIN.ordinal()],
            t[VoteChoice.NOT_VOTING.ordinal()]
        };
    }

    /** Each member's ballot on a nominee voted by member (person id → choice; empty for tallies). */
    public Map<Long, VoteChoice> ballots(long itemId, long nomineeId) {
        nominee(itemId, nomineeId);
        return nominees.ballots(nomineeId);
    }

    /** Records that an appointed nominee took the constitutional oath (宪法宣誓), once, on or after the meeting's day. */
    @Transactional
    public NomineeView recordOath(long itemId, long nomineeId, LocalDate on, String note) {
        AgendaItemRow item = appointmentItem(itemId);
        NomineeView nominee = nominee(itemId, nomineeId);
        if (!nominee.takesOath()) {
            throw new ConflictException("meeting.nominee.error.noOath", "only appointed nominees take the oath");
        }
        if (on == null
                || on.isBefore(item.meetingStartsAt().toLocalDate())
                || on.isAfter(LocalDate.now(clock.withZone(SHANGHAI)))) {
            throw new InvalidInputException("oathOn", "meeting.nominee.error.oathDate");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("oathNote", "meeting.nominee.error.oathNote");
        }
        if (!nominees.oath(nomineeId, on, note == null || note.isBlank() ? null : note.strip())) {
            throw new ConflictException("meeting.nominee.error.oathTaken", "oath recorded already");
        }
        return nominee(itemId, nomineeId);
    }

    private NomineeView nominee(long itemId, long nomineeId) {
        return nominees.find(itemId, nomineeId, unitNames())
                .orElseThrow(() -> new NotFoundException("nominee", nomineeId));
    }

    private AgendaItemRow appointmentItem(long itemId) {
        AgendaItemRow item = meetings.row(itemId);
        if (item.type() != AgendaItemType.APPOINTMENT) {
            throw new ConflictException("meeting.error.itemType", "wrong item type", item.type());
        }
        return item;
    }

    private LongFunction<String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        return id ->
                names.computeIfAbsent(id, k -> units.find(k).map(UnitView::name).orElse("—"));
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }
}
