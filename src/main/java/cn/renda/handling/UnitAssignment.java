package cn.renda.handling;

/** A unit to assign (organization unit id) and its role. */
public record UnitAssignment(long unitId, AssignmentRole role) {}
