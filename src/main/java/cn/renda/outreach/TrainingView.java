package cn.renda.outreach;

import java.time.LocalDate;

/** A lecture, study tour or course with its attendance. */
public record TrainingView(long id, TrainingKind kind, String title, LocalDate heldOn, String place, int attendees) {}
