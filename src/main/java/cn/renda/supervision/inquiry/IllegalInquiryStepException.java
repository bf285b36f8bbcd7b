package cn.renda.supervision.inquiry;

import cn.renda.core.ConflictException;

/** A step of a special inquiry out of order (e.g. the inquiry meeting before the handover): 409. */
public class IllegalInquiryStepException extends ConflictException {

    IllegalInquiryStepException(InquiryState from, InquiryState to) {
        super("inquiry.error.step", "Special inquiry cannot move from " + from + " to " + to, from, to);
    }
}
