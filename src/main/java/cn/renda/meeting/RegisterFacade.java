package cn.renda.meeting;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.meeting.MeetingRepository.AgendaItemRow;
import cn.renda.organization.PersonCommand;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.RoleCommand;
import cn.renda.organization.RoleKind;
import cn.renda.organization.RoleView;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resolutions and decisions register (决议决定) and the appointments and removals register (任免),
 * both filled from passed agenda items; appointments flow into the organization registry.
 */
@Service
@Transactional(readOnly = true)
public class RegisterFacade {

    private final RegisterRepository registers;
    private final MeetingFacade meetings;
    private final PersonRegistry people;
    private final UnitDirectory units;

    RegisterFacade(RegisterRepository registers, MeetingFacade meetings, PersonRegistry people, UnitDirectory units) {
        this.registers = registers;
        this.meetings = meetings;
        this.people = people;
        this.units = units;
    }

    // --- resolutions

    public Page<ResolutionView> resolutions(Integer year, PageRequest page) {
        return Page.of(registers.resolutions(year, page), page, registers.countResolutions(year));
    }

    public ResolutionView resolution(long id) {
        return registers.resolution(id).orElseThrow(() -> new NotFoundException("resolution", id));
    }

    public List<ResolutionView> resolutionsOfMeeting(long meetingId) {
        return registers.resolutionsOfMeeting(meetingId);
    }

    /** Registers the resolution adopted by a passed RESOLUTION item (one per item); numbers 〔year〕N号 when blank. */
    @Transactional
    public ResolutionView adopt(long itemId, ResolutionCommand command) {
        AgendaItemRow item = passed(itemId, AgendaItemType.RESOLUTION);
        if (registers.resolutionOfItem(itemId).isPresent()) {
            throw new ConflictException("meeting.error.resolutionExists", "resolution exists");
        }
        LocalDate adoptedOn = item.meetingStartsAt().toLocalDate();
        String number = command.number() == null || command.number().isBlank()
                ? "〔" + adoptedOn.getYear() + "〕" + (registers.resolutionsInYear(adoptedOn.getYear()) + 1) + "号"
                : command.number().strip();
        if (registers.numberTaken(number)) {
            throw new InvalidInputException("number", "meeting.error.resolutionNumber", number);
        }
        long id = registers.insertResolution(
                number,
                command.title().strip(),
                item.meetingId(),
                itemId,
                adoptedOn,
                command.text(),
                command.followUp());
        return resolution(id);
    }

    @Transactional
    public ResolutionView updateResolution(long id, ResolutionUpdate update) {
        resolution(id);
        registers.updateResolution(id, update.status(), update.followUp());
        return resolution(id);
    }

    // --- appointments

    public Page<AppointmentView> appointments(AppointmentFilter filter, PageRequest page) {
        return Page.of(withUnitNames(registers.appointments(filter, page)), page, registers.countAppointments(filter));
    }

    public AppointmentView appointment(long id) {
        return withUnitNames(
                        List.of(registers.appointment(id).orElseThrow(() -> new NotFoundException("appointment", id))))
                .get(0);
    }

    /** The entries with their units' names, asked of the organization module in one look-up. */
    private List<AppointmentView> withUnitNames(List<AppointmentView> entries) {
        Map<Long, String> names =
                units.names(entries.stream().map(AppointmentView::unitId).toList());
        return entries.stream()
                .map(a -> new AppointmentView(
                        a.id(),
                        a.personId(),
                        a.personName(),
                        a.position(),
                        a.unitId(),
                        MeetingFacade.nameOf(names, a.unitId()),
                        a.action(),
                        a.meetingId(),
                        a.meetingTitle(),
                        a.voteResult(),
                        a.effectiveOn()))
                .toList();
    }

    /** Person-times (人次) in the register, all or of a year. */
    public long personTimes(Integer year) {
        return registers.countAppointments(new AppointmentFilter(null, year, null));
    }

    /**
     * Registers an appointment or removal decided by a passed APPOINTMENT item. An appointment (任命,
     * 批准任命) gives the person — created in the registry when new — an APPOINTEE role at the unit; a
     * removal of a registry person ends their APPOINTEE role at the unit.
     */
    @Transactional
    public AppointmentView record(long itemId, AppointmentCommand command) {
        AgendaItemRow item = passed(itemId, AgendaItemType.APPOINTMENT);
        VoteResult vote = item.vote();
        return register(
                item,
                command,
                "赞成" + vote.votesFor() + " 反对" + vote.votesAgainst() + " 弃权" + vote.votesAbstain() + " 通过");
    }

    /**
     * Registers the appointment or removal of an APPOINTMENT item whose vote (of the item, or of the
     * nominee when voted person by person) passed with {@code voteResult}; the caller has checked it.
     */
    AppointmentView register(AgendaItemRow item, AppointmentCommand command, String voteResult) {
        long itemId = item.id();
        UnitView unit = command.unitId() == null
                ? null
                : units.find(command.unitId())
                        .orElseThrow(() -> new InvalidInputException("unitId", "meeting.error.unit"));
        LocalDate effective =
                command.effectiveOn() == null ? item.meetingStartsAt().toLocalDate() : command.effectiveOn();
        String position = command.position().strip();
        Long personId = command.personId();
        String name;
        if (personId != null) {
            name = people.find(personId)
                    .orElseThrow(() -> new InvalidInputException("personId", "meeting.error.person"))
                    .name();
        } else {
            name = command.personName() == null ? "" : command.personName().strip();
            if (name.isEmpty() || name.length() > 60) {
                throw new InvalidInputException("personName", "meeting.error.person");
            }
        }
        if (command.action().intoOffice()) {
            if (unit == null) {
                throw new InvalidInputException("unitId", "meeting.error.unit");
            }
            if (personId == null) {
                personId = people.create(new PersonCommand(name, null, unit.name() + position, null, null));
            }
            people.addRole(
                    personId,
                    new RoleCommand(
                            RoleKind.APPOINTEE,
                            effective,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            unit.id(),
                            position));
        } else if (personId != null && unit != null) {
            long holder = personId;
            people.get(holder).roles().stream()
                    .filter(r -> r.kind() == RoleKind.APPOINTEE && r.current() && unit.id() == orMinus(r.unitId()))
                    .map(RoleView::id)
                    .forEach(roleId -> people.endRole(holder, roleId, effective));
        }
        long id = registers.insertAppointment(
                personId,
                name,
                position,
                command.unitId(),
                command.action(),
                item.meetingId(),
                itemId,
                voteResult,
                effective);
        return appointment(id);
    }

    private AgendaItemRow passed(long itemId, AgendaItemType type) {
        AgendaItemRow item = meetings.row(itemId);
        if (item.type() != type) {
            throw new ConflictException("meeting.error.itemType", "wrong item type", item.type());
        }
        if (item.vote() == null || !item.vote().passed()) {
            throw new ConflictException("meeting.error.notPassed", "item not passed");
        }
        return item;
    }

    private static long orMinus(Long id) {
        return id == null ? -1 : id;
    }

    /** The year's figures of the meeting work. */
    public YearCounts counts(int year) {
        return meetings.counts(year, registers.countResolutions(year), personTimes(year));
    }
}
