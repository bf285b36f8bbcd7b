package cn.renda.search;

/** A handling unit of an indexed case and its role there (LEAD, CO or SEPARATE). */
public record IndexedUnit(long unitId, String role) {}
