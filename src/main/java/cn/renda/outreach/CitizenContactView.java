package cn.renda.outreach;

/** A citizen's name and phone in full, for the street staff who call back (either may be null). */
public record CitizenContactView(String name, String phone) {}
