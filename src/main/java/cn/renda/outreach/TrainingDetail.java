package cn.renda.outreach;

import java.util.List;

/** A training with the deputies who attended it, by name. */
public record TrainingDetail(TrainingView training, List<Attendee> deputies) {

    public TrainingDetail {
        deputies = List.copyOf(deputies);
    }

    /** A deputy who attended (or was on duty). */
    public record Attendee(long personId, String name) {}
}
