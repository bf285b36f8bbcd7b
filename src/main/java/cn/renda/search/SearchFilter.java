package cn.renda.search;

/** Filters of a search; null fields do not filter. */
public record SearchFilter(String kind, Integer year, Long unitId) {

    /** No filter. */
    public static SearchFilter none() {
        return new SearchFilter(null, null, null);
    }

    /** Only cases of one kind. */
    public static SearchFilter ofKind(String kind) {
        return new SearchFilter(kind, null, null);
    }
}
