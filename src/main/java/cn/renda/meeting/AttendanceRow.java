package cn.renda.meeting;

/** An SC member and their attendance at a meeting (null while not recorded). */
public record AttendanceRow(long personId, String name, String position, AttendanceStatus status) {}
