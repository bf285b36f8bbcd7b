package cn.renda.suggestion;

/** A unit suggested for assignment, with its share of the similarity-weighted votes (0–1). */
public record UnitCandidate(long unitId, String name, double score) {}
