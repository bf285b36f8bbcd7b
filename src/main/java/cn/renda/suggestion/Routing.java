package cn.renda.suggestion;

import java.util.List;

/** Likely lead and co units of a case, ranked, learned from the assignments of similar earlier cases. */
public record Routing(List<UnitCandidate> leads, List<UnitCandidate> cos) {}
