package cn.renda.supervision.inquiry;

/** Engine states of an inquiry problem's case: handed over, accepted and rectifying, reported, closed out. */
enum InquiryProblemState {
    DRAFT,
    ASSIGNED,
    RECTIFYING,
    REPORTED,
    CLOSED_OUT,
    RETURNED,
    WITHDRAWN
}
