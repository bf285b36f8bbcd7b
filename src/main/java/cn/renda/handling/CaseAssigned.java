package cn.renda.handling;

import java.util.List;

/** Event: units were assigned (交办). */
public record CaseAssigned(long congressId, long caseId, String kind, String number, List<UnitAssignment> assignments)
        implements CaseEvent {}
