package cn.renda.meeting;

/** A supervision opinion (a case of the engine's 123 kind) generated from an item (会后督办). */
public record OpinionLink(long caseId, String number) {}
