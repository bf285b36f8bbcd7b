package cn.renda.organization;

/** How a contact (联系) took place. */
public enum ContactChannel {
    VISIT,
    PHONE,
    MEETING,
    ONLINE,
    OTHER
}
