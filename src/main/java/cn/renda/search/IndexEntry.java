package cn.renda.search;

import java.util.List;

/** Command: index (or re-index) a case: kind, year, number, title, text and the units it was assigned to. */
public record IndexEntry(
        long caseId, String kind, int year, String number, String title, String content, List<IndexedUnit> units) {

    public IndexEntry {
        units = units == null ? List.of() : List.copyOf(units);
        title = title == null ? "" : title;
        content = content == null ? "" : content;
    }
}
