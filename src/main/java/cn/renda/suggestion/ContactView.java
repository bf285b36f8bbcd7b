package cn.renda.suggestion;

import java.time.LocalDate;

/** A recorded contact of a unit with the deputy. */
public record ContactView(long id, long unitId, LocalDate date, ContactWay way, String agreed) {}
