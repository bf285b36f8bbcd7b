package cn.renda.supervision.inquiry;

/** A handling unit named on a problem or an answer. */
public record UnitRef(long id, String name) {}
