package cn.renda.handling;

import java.time.LocalDate;

/** The source of a case: type, a reference in the source module (may be null for DIRECT) and the source date. */
public record SourceLink(SourceType type, String reference, LocalDate date) {}
