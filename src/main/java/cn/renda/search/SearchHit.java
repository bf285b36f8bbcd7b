package cn.renda.search;

import java.util.List;

/**
 * A case found by a search or a similarity query. {@code score} is the BM25 score for searches and,
 * for similar cases, the share (0–1) of the score the query text would get against itself;
 * {@code highlights} are HTML-escaped fragments with the matched terms in {@code <mark>}.
 */
public record SearchHit(
        long caseId,
        String kind,
        int year,
        String number,
        String title,
        double score,
        List<String> highlights,
        List<IndexedUnit> units) {}
