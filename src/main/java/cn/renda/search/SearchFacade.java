package cn.renda.search;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Chinese full-text search over cases of the bound congress. Writes join the caller's transaction, so a
 * case and its index entry commit together; every application instance reads the same index.
 */
@Service
public class SearchFacade {

    /** Longest query text segmented (longer input is cut). */
    static final int MAX_QUERY_CHARS = 4000;

    /** Terms a similar-case query keeps: the document's most selective ones by tf·idf. */
    static final int SIMILAR_TERMS = 20;

    /**
     * A term in more than this fraction of the congress's documents is stop-like: left out of a query when
     * the query has rarer terms (its IDF is small, its postings are many).
     */
    static final double STOP_FRACTION = 0.1;

    private final Segmenter segmenter;
    private final SearchRepository repo;

    SearchFacade(Segmenter segmenter, SearchRepository repo) {
        this.segmenter = segmenter;
        this.repo = repo;
    }

    /** Indexes or re-indexes a case (title terms count twice). */
    @Transactional
    public void index(IndexEntry entry) {
        Map<String, Integer> tf = documentTerms(entry.title(), entry.content());
        int length = tf.values().stream().mapToInt(Integer::intValue).sum();
        repo.upsert(entry, tf, Math.max(length, 1));
    }

    /**
     * Records the number of an indexed case through the caller's batch (e.g. the engine's numbering round trip):
     * {@code number} is the value or a stand-in the batch fills in; nothing is sent here.
     */
    public void number(long caseId, Object number, cn.renda.core.WriteBatch batch) {
        repo.number(caseId, number, batch);
    }

    /**
     * {@link #updateUnits(long, List)} through the caller's batch (e.g. the engine's step round trip); nothing is
     * sent here.
     */
    public void updateUnits(long caseId, List<IndexedUnit> units, cn.renda.core.WriteBatch batch) {
        repo.updateUnits(caseId, units == null ? List.of() : units, batch);
    }

    /** Replaces the units recorded for an indexed case (after an assignment or transfer). */
    @Transactional
    public void updateUnits(long caseId, List<IndexedUnit> units) {
        repo.updateUnits(caseId, units == null ? List.of() : units);
    }

    /** Removes a case from the index. */
    @Transactional
    public void remove(long caseId) {
        repo.delete(caseId);
    }

    /** The terms the index would store for a text (for tests and diagnostics). */
    public List<String> segment(String text) {
        return segmenter.terms(text);
    }

    /** Cases matching the query text, best first, with BM25 scores and highlighted fragments. */
    @Transactional(readOnly = true)
    public Page<SearchHit> search(String q, SearchFilter filter, PageRequest page) {
        SearchFilter f = filter == null ? SearchFilter.none() : filter;
        Map<String, Integer> query = queryTerms(q);
        if (query.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        SearchRepository.Stats stats = repo.stats(query.keySet());
        // a filter may leave none of the rare terms' cases: then the common terms are what matches
        Map<String, Integer> selective = f.equals(SearchFilter.none()) ? withoutStopTerms(query, stats) : query;
        List<SearchRepository.Ranked> ranked = repo.rank(selective, stats, f, null, page.size(), page.offset());
        List<SearchHit> hits =
                ranked.stream().map(r -> hit(r, r.score(), query.keySet())).toList();
        // the ranking counts the matches before cutting the page; past the last page it has no row to say so
        long total =
                !ranked.isEmpty() ? ranked.get(0).total() : page.offset() == 0 ? 0 : repo.countMatching(selective, f);
        return Page.of(hits, page, total);
    }

    /** The cases most similar to an indexed case (the case itself left out), score 0–1. */
    @Transactional(readOnly = true)
    public List<SearchHit> similar(long caseId, SearchFilter filter, int limit) {
        Map<String, Integer> query = repo.termsOf(caseId);
        return similar(query, filter, caseId, limit);
    }

    /** The cases most similar to a text (e.g. a draft being typed), score 0–1. */
    @Transactional(readOnly = true)
    public List<SearchHit> similar(String text, SearchFilter filter, int limit) {
        return similar(queryTerms(text), filter, null, limit);
    }

    private List<SearchHit> similar(Map<String, Integer> query, SearchFilter filter, Long exclude, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        int n = Math.max(1, Math.min(limit, 100));
        SearchRepository.Stats stats = repo.stats(query.keySet());
        Map<String, Integer> selective = mostSelective(query, stats, SIMILAR_TERMS);
        // the scale of similarity: the score of a document made of the query itself (counted in the statistics)
        int length = query.values().stream().mapToInt(Integer::intValue).sum();
        double self = 0;
        for (Map.Entry<String, Integer> e : selective.entrySet()) {
            double df = stats.df(e.getKey()) + 1;
            double idf = Math.log(1 + (stats.n() + 1 - df + 0.5) / (df + 0.5));
            double qtf = e.getValue();
            self += idf * qtf * (qtf * 2.2) / (qtf + 1.2 * (0.25 + 0.75 * length / stats.avgdl()));
        }
        double scale = self;
        return repo.rank(selective, stats, filter == null ? SearchFilter.none() : filter, exclude, n, 0).stream()
                .map(r -> hit(r, scale <= 0 ? 0 : Math.min(1.0, r.score() / scale), query.keySet()))
                .toList();
    }

    /**
     * The {@code max} terms of a document with the highest tf·idf, stop-like terms left out unless nothing
     * else is left; terms no document has are left out (they match nothing).
     */
    static Map<String, Integer> mostSelective(Map<String, Integer> query, SearchRepository.Stats stats, int max) {
        List<Map.Entry<String, Integer>> present = query.entrySet().stream()
                .filter(e -> stats.df(e.getKey()) > 0)
                .sorted(Comparator.comparingDouble(
                                (Map.Entry<String, Integer> e) -> -e.getValue() * stats.idf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<Map.Entry<String, Integer>> rare = present.stream()
                .filter(e -> stats.df(e.getKey()) <= STOP_FRACTION * stats.n())
                .toList();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : rare.isEmpty() ? present : rare) {
            if (out.size() == max) {
                break;
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The query without its stop-like terms when it has rarer ones (all of it otherwise). */
    static Map<String, Integer> withoutStopTerms(Map<String, Integer> query, SearchRepository.Stats stats) {
        Map<String, Integer> rare = new LinkedHashMap<>();
        query.forEach((t, f) -> {
            if (stats.df(t) > 0 && stats.df(t) <= STOP_FRACTION * stats.n()) {
                rare.put(t, f);
            }
        });
        return rare.isEmpty() ? query : rare;
    }

    private Map<String, Integer> documentTerms(String title, String content) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (String t : segmenter.terms(title)) {
            tf.merge(t, 2, Integer::sum);
        }
        for (String t : segmenter.terms(content)) {
            tf.merge(t, 1, Integer::sum);
        }
        return tf;
    }

    private Map<String, Integer> queryTerms(String q) {
        if (q == null || q.isBlank()) {
            return Map.of();
        }
        String text = q.length() > MAX_QUERY_CHARS ? q.substring(0, MAX_QUERY_CHARS) : q;
        return segmenter.frequencies(text);
    }

    private static SearchHit hit(SearchRepository.Ranked r, double score, Set<String> terms) {
        List<String> fragments = new ArrayList<>();
        String title = highlight(r.title(), terms, Integer.MAX_VALUE);
        if (title != null) {
            fragments.add(title);
        }
        String body = highlight(r.content(), terms, 60);
        if (body != null) {
            fragments.add(body);
        }
        return new SearchHit(
                r.caseId(),
                r.kind(),
                r.year(),
                r.number(),
                r.title(),
                Math.round(score * 1000) / 1000.0,
                fragments,
                r.units());
    }

    /**
     * The text (cut to {@code width} characters either side of the first match) HTML-escaped, with the
     * query terms of two or more characters in {@code <mark>}; null when nothing matches.
     */
    static String highlight(String text, Set<String> terms, int width) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<String> marks = terms.stream()
                .filter(t -> t.length() >= 2)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.toList());
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int first = -1;
        for (String t : marks) {
            int i = lower.indexOf(t);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        if (first < 0) {
            return null;
        }
        int from = width == Integer.MAX_VALUE ? 0 : Math.max(0, first - width);
        int to = width == Integer.MAX_VALUE ? text.length() : Math.min(text.length(), first + width * 2);
        String cut = text.substring(from, to);
        String cutLower = lower.substring(from, to);
        boolean[] marked = new boolean[cut.length()];
        for (String t : marks) {
            for (int i = cutLower.indexOf(t); i >= 0; i = cutLower.indexOf(t, i + t.length())) {
                for (int k = i; k < i + t.length(); k++) {
                    marked[k] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        boolean open = false;
        for (int i = 0; i < cut.length(); i++) {
            if (marked[i] && !open) {
                out.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                out.append("</mark>");
                open = false;
            }
            out.append(HtmlUtils.htmlEscape(String.valueOf(cut.charAt(i))));
        }
        if (open) {
            out.append("</mark>");
        }
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
