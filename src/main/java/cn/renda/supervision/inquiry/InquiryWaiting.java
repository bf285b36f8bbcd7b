package cn.renda.supervision.inquiry;

import cn.renda.core.WaitingWork;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Special-inquiry problems waiting for someone: for staff, rectifications the units reported, to verify before the
 * problem closes out (销号); for a unit, its problems still to rectify. One counting query each.
 */
@Component
class InquiryWaiting implements WaitingWork {

    private static final String PROBLEMS = "/cases?kind=" + InquiryProblemKind.CODE;

    private final HandlingFacade handling;

    InquiryWaiting(HandlingFacade handling) {
        this.handling = handling;
    }

    @Override
    public List<Item> waiting() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        if (user.hasAny(Role.STAFF)) {
            items.add(new Item(
                    "inquiry.waiting.problemsToVerify",
                    handling.count(InquiryProblemKind.CODE, List.of(InquiryProblemState.REPORTED.name()), null),
                    PROBLEMS + "&state=" + InquiryProblemState.REPORTED,
                    "/supervision/inquiries"));
        } else if (user.hasAny(Role.UNIT) && user.unitId() != null) {
            items.add(new Item(
                    "inquiry.waiting.unitProblems",
                    handling.count(
                            InquiryProblemKind.CODE,
                            List.of(InquiryProblemState.ASSIGNED.name(), InquiryProblemState.RECTIFYING.name()),
                            user.unitId()),
                    PROBLEMS,
                    "/cases"));
        }
        return items;
    }
}
