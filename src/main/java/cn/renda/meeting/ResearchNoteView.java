package cn.renda.meeting;

import java.time.LocalDate;

/** A pre-meeting research note (会前调研) of an item. */
public record ResearchNoteView(long id, ResearchKind kind, LocalDate notedOn, String content) {}
