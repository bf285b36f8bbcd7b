package cn.renda.supervision.internal;

import cn.renda.core.WaitingWork;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.supervision.OpinionState;
import cn.renda.supervision.RectificationState;
import cn.renda.supervision.SupervisionFacade;
import cn.renda.supervision.SupervisionPlanFacade;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Supervision work waiting for someone: for staff and leaders, plan items due within a month, opinion letters the
 * units still owe a reply to, letters whose report waits for evaluation, problems to rectify under way and reported
 * rectifications to verify; for a unit, its own problems to rectify. One counting query each.
 */
@Component
class SupervisionWaiting implements WaitingWork {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String LETTERS = "/cases?kind=" + SupervisionFacade.KIND;
    private static final String RECTIFICATIONS = "/cases?kind=" + RectificationKind.CODE;

    private final HandlingFacade handling;
    private final SupervisionPlanFacade plans;
    private final Clock clock;

    SupervisionWaiting(HandlingFacade handling, SupervisionPlanFacade plans, Clock clock) {
        this.handling = handling;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public List<Item> waiting() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        if (user.hasAny(Role.STAFF, Role.LEADER)) {
            LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
            items.add(new Item(
                    "supervision.waiting.planItemsDue",
                    plans.itemsDueBy(today.plusDays(30)),
                    "/supervision/plans",
                    "/supervision"));
            items.add(new Item(
                    "supervision.waiting.lettersAwaitingReply",
                    handling.count(
                            SupervisionFacade.KIND,
                            names(
                                    OpinionState.ISSUED,
                                    OpinionState.ACCEPTED,
                                    OpinionState.PLANNED,
                                    OpinionState.FOLLOW_UP),
                            null),
                    LETTERS,
                    "/supervision"));
            items.add(new Item(
                    "supervision.waiting.lettersToEvaluate",
                    handling.count(SupervisionFacade.KIND, names(OpinionState.REPORTED), null),
                    LETTERS + "&state=" + OpinionState.REPORTED,
                    "/supervision"));
            items.add(new Item(
                    "supervision.waiting.rectificationsUnderWay",
                    handling.count(
                            RectificationKind.CODE,
                            names(RectificationState.ISSUED, RectificationState.ACCEPTED),
                            null),
                    RECTIFICATIONS,
                    "/supervision"));
            items.add(new Item(
                    "supervision.waiting.rectificationsToVerify",
                    handling.count(RectificationKind.CODE, names(RectificationState.REPORTED), null),
                    RECTIFICATIONS + "&state=" + RectificationState.REPORTED,
                    "/supervision"));
        } else if (user.hasAny(Role.UNIT) && user.unitId() != null) {
            items.add(new Item(
                    "supervision.waiting.unitRectifications",
                    handling.count(
                            RectificationKind.CODE,
                            names(RectificationState.ISSUED, RectificationState.ACCEPTED),
                            user.unitId()),
                    RECTIFICATIONS,
                    "/cases"));
        }
        return items;
    }

    private static List<String> names(Enum<?>... states) {
        return java.util.Arrays.stream(states).map(Enum::name).toList();
    }
}
