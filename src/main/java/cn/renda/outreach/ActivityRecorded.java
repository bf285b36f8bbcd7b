package cn.renda.outreach;

import java.time.LocalDate;
import java.util.List;

/** Event: an activity was recorded (an input of the deputies' performance ledger). */
public record ActivityRecorded(
        long congressId, long activityId, long streetId, List<Long> deputyIds, LocalDate heldOn, int votersMet) {

    public ActivityRecorded {
        deputyIds = List.copyOf(deputyIds);
    }
}
