package cn.renda.organization;

/** Position in the standing committee (主任、副主任、秘书长、委员). */
public enum ScPosition {
    CHAIR,
    VICE_CHAIR,
    SECRETARY_GENERAL,
    MEMBER
}
