package cn.renda.organization;

/** Gender as registered. */
public enum Gender {
    MALE,
    FEMALE
}
