package cn.renda.meeting;

/** Attendance of an SC member at a meeting. */
public enum AttendanceStatus {
    PRESENT,
    ON_LEAVE,
    ABSENT
}
