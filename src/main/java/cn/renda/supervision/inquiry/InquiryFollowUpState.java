package cn.renda.supervision.inquiry;

/** Engine states of the 第五十条 follow-up: the inquiry's opinions sent, the report on them received, closed. */
enum InquiryFollowUpState {
    DRAFT,
    SENT,
    REPORTED,
    CLOSED
}
