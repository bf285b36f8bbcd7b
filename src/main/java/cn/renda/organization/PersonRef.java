package cn.renda.organization;

/** A person named in another record (a linked deputy, a stationed deputy, a leader). */
public record PersonRef(long id, String name) {}
