package cn.renda.organization;

/** One choice of a search-as-you-type picker: the id the form posts, the name shown and a line that tells alike names apart. */
public record PickChoice(long id, String name, String detail) {}
