package cn.renda.supervision.inquiry;

/** A research team with how many visits it has recorded. */
public record TeamView(long id, String name, String leader, String members, long visits) {}
