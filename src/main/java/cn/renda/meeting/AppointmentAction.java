package cn.renda.meeting;

/** Action of an appointment register entry; APPOINT and APPROVE_APPOINTMENT put the person into office. */
public enum AppointmentAction {
    /** 任命. */
    APPOINT,
    /** 免职. */
    REMOVE,
    /** 批准任命. */
    APPROVE_APPOINTMENT,
    /** 接受辞职. */
    ACCEPT_RESIGNATION,
    /** 撤职. */
    DISMISS;

    /** Whether the action puts the person into the position (and so into the registry as appointee). */
    public boolean intoOffice() {
        return this == APPOINT || this == APPROVE_APPOINTMENT;
    }
}
