package cn.renda.suggestion;

import java.time.LocalDate;

/** A unit's progress note on a case, the material of the bi-monthly tracking report. */
public record ProgressNote(long id, long caseId, Long unitId, String note, LocalDate notedOn) {}
