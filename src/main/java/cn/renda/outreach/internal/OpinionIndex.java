package cn.renda.outreach.internal;

import cn.renda.search.IndexEntry;
import cn.renda.search.SearchFacade;
import cn.renda.search.SearchFilter;
import cn.renda.search.SearchHit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Voter opinions in the search module's index, for "similar earlier opinions" at triage. The index is keyed by
 * case id; an opinion is not a case (most never reach the engine), so it is indexed under the negative of its
 * id with its own kind, which no case can collide with.
 */
@Component
class OpinionIndex {

    /** The index kind of voter opinions. */
    static final String KIND = "OUTREACH_OPINION";

    private final SearchFacade search;

    OpinionIndex(SearchFacade search) {
        this.search = search;
    }

    void index(long opinionId, int year, String code, String title, String content) {
        search.index(new IndexEntry(-opinionId, KIND, year, code, title, content, List.of()));
    }

    /** Opinion ids most similar to the text (the opinion itself left out) with their scores. */
    List<SearchHit> similar(long opinionId, int limit) {
        return search.similar(-opinionId, SearchFilter.ofKind(KIND), limit);
    }

    static long opinionId(SearchHit hit) {
        return -hit.caseId();
    }
}
