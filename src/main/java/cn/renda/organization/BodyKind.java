package cn.renda.organization;

/** Kind of body: the standing committee, its committees, the directors' meeting (主任会议), street working committees. */
public enum BodyKind {
    STANDING_COMMITTEE,
    COMMITTEE,
    DIRECTORS_MEETING,
    STREET_COMMITTEE
}
