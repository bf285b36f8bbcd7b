package cn.renda.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Taking over outreach records kept on paper or in a previous system (and loading the demo congress), back-dated
 * and across streets (STAFF or ADMIN). The workflow afterwards goes through {@link VoterOpinions}.
 */
public interface OutreachImport {

    /** A theme of the catalogue (street null) or of a street; returns its id. */
    long theme(NewTheme theme);

    /** A group's order of a theme; returns its id. */
    long order(long themeId, long groupId, int plannedActivities, String plan);

    /** An activity as it was held; returns its id. */
    long activity(NewActivity activity);

    /** A reception day at a station with the deputies on duty and the voters received (null: not yet held). */
    long duty(long stationId, LocalDate day, List<Long> deputyIds, Integer votersReceived);

    /** A lecture, study tour or course. */
    long training(TrainingKind kind, String title, LocalDate heldOn, String place, int attendees);

    /** The deputies (person ids) who attended a training. */
    void attendance(long trainingId, List<Long> deputyIds);

    /** An opinion received at the given time; returns its id. */
    long opinion(NewOpinion opinion, OffsetDateTime receivedAt);
}
