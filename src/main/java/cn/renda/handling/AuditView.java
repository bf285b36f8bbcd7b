package cn.renda.handling;

/** Result of verifying a case's hash chain: whether it holds, the number of events and the head hash. */
public record AuditView(boolean valid, int events, String head) {}
