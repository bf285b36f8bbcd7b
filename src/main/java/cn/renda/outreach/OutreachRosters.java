package cn.renda.outreach;

import java.time.LocalDate;
import java.util.List;

/** Who was there: the deputies on duty per reception day and the deputies attending each training (by person). */
public interface OutreachRosters {

    /** One reception day. */
    DutyView duty(long dutyId);

    /** Sets the deputies on duty on a reception day (STREET for their street, STAFF, ADMIN). */
    DutyView setOnDuty(long dutyId, List<Long> deputyIds);

    /** Adds a lecture, study tour or course with the deputies who attended, in one go (STAFF, ADMIN). */
    TrainingDetail addTraining(
            TrainingKind kind, String title, LocalDate heldOn, String place, int attendees, List<Long> deputyIds);

    /** One training with the deputies who attended. */
    TrainingDetail training(long trainingId);

    /** Sets the deputies who attended a training (STAFF, ADMIN); the head count covers at least them. */
    TrainingDetail setAttendance(long trainingId, List<Long> deputyIds);
}
