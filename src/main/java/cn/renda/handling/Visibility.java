package cn.renda.handling;

/** Who may see a case: INTERNAL (staff, the units, the proposers) or PUBLISHED (deputies and the public too). */
public enum Visibility {
    INTERNAL,
    PUBLISHED
}
