package cn.renda.supervision.inquiry;

/** Who asks a question at the inquiry meeting. */
public enum AskerKind {
    /** 常委会组成人员. */
    MEMBER,
    /** 人大代表. */
    DEPUTY,
    /** 群众. */
    CITIZEN
}
