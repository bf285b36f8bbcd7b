package cn.renda.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A nominee of an APPOINTMENT item with its own vote (null until voted): the SC members at the time, the
 * tallies (derived from each member's ballot when {@code byMember}), whether it passed; the register entry once
 * passed; the oath (宪法宣誓) once taken.
 */
public record NomineeView(
        long id,
        long itemId,
        int position,
        Long personId,
        String personName,
        String office,
        Long unitId,
        String unitName,
        AppointmentAction action,
        Integer membersTotal,
        Integer votesFor,
        Integer votesAgainst,
        Integer votesAbstain,
        Integer votesNotVoting,
        Boolean passed,
        OffsetDateTime votedAt,
        Long appointmentId,
        LocalDate oathOn,
        String oathNote,
        boolean byMember) {

    /** Whether the nominee has been voted on. */
    public boolean voted() {
        return passed != null;
    }

    /** Whether the nominee takes the constitutional oath: appointed into office by a passed vote. */
    public boolean takesOath() {
        return Boolean.TRUE.equals(passed) && action.intoOffice();
    }
}
