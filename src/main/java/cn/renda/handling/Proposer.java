package cn.renda.handling;

/** A proposer of a case: an account and/or a person of the registry, with the name shown. */
public record Proposer(Long accountId, Long personId, String name) {}
