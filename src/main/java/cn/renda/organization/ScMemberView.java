package cn.renda.organization;

/** A current member of the standing committee with position and committee. */
public record ScMemberView(long personId, String name, ScPosition position, Long committeeId, String committeeName) {}
