package cn.renda.outreach;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.time.LocalDate;
import java.util.List;

/** Activities (with voter opinions recorded at them), station duty and training. */
public interface OutreachActivities {

    /** Records an activity (DEPUTY, STREET for their street, STAFF). */
    ActivityView record(NewActivity activity);

    /**
     * Records an activity and a voter opinion met at it in one go (the deputy's phone form); the opinion goes
     * to the street's triage list linked to the activity.
     */
    ActivityView record(NewActivity activity, NewOpinion opinion);

    /** Activities, newest first (sort keys: heldOn, title). */
    Page<ActivityView> list(ActivityFilter filter, PageRequest page);

    /** One activity. */
    ActivityView get(long id);

    /** Puts deputies on duty at a station on a day (STREET for their street, STAFF). */
    DutyView scheduleDuty(long stationId, LocalDate day, List<Long> deputyIds);

    /** Records how many voters a reception day received. */
    DutyView recordReception(long dutyId, int votersReceived, String note);

    /** Reception days from a date on (a station's, or all when null), in date order. */
    Page<DutyView> duties(Long stationId, LocalDate from, PageRequest page);

    /** Adds a lecture, study tour or course (STAFF). */
    TrainingView addTraining(TrainingKind kind, String title, LocalDate heldOn, String place, int attendees);

    /** Training and study, newest first. */
    Page<TrainingView> trainings(PageRequest page);
}
