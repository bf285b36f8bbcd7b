package cn.renda.organization;

/** A street (街道) of the congress, with the counts shown in the street list. */
public record StreetView(long id, String name, int sortOrder, long deputies, long stations, long groups) {}
