package cn.renda.organization;

/** A body: the standing committee, a committee, the directors' meeting or a street working committee. */
public record BodyView(long id, BodyKind kind, String name, Long streetId, String streetName, long members) {}
