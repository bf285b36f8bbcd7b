package cn.renda.suggestion;

import java.util.EnumSet;
import java.util.Set;

/** Where a submission stands before it becomes a case, with the statuses it may move to. */
public enum SubmissionStatus {
    /** 草稿: the deputy is writing. */
    DRAFT,
    /** 已提交: waiting for the office's review. */
    SUBMITTED,
    /** 退回完善: the office returned it with comments after the 深实细准效 checklist. */
    IMPROVING,
    /** 已立案: a case on the handling engine. */
    REGISTERED,
    /** 已撤回 by the deputy before registration. */
    WITHDRAWN;

    /** Statuses reachable from this one. */
    public Set<SubmissionStatus> next() {
        return switch (this) {
            case DRAFT, IMPROVING -> EnumSet.of(SUBMITTED, WITHDRAWN, this);
            case SUBMITTED -> EnumSet.of(IMPROVING, REGISTERED, WITHDRAWN);
            case REGISTERED, WITHDRAWN -> EnumSet.noneOf(SubmissionStatus.class);
        };
    }

    /** Whether the deputy may still edit. */
    public boolean editable() {
        return this == DRAFT || this == IMPROVING;
    }
}
