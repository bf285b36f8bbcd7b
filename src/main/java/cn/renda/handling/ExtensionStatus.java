package cn.renda.handling;

/** State of an extension: requested by a unit and decided by LEADER/STAFF, or granted directly. */
public enum ExtensionStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    DIRECT
}
