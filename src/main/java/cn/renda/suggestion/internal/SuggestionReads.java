package cn.renda.suggestion.internal;

import cn.renda.core.NotFoundException;
import cn.renda.handling.CaseView;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.search.SearchFacade;
import cn.renda.search.SearchFilter;
import cn.renda.search.SearchHit;
import cn.renda.suggestion.Routing;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SuggestionDetail;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reads: a suggestion with its case, the suggestion of a case, similar cases and suggested units. */
@Component
class SuggestionReads {

    private final SuggestionRepository repo;
    private final HandlingFacade handling;
    private final SearchFacade search;
    private final UnitDirectory units;
    private final SuggestionRows rows;

    private final SubmissionCases caseSubmissions;

    SuggestionReads(
            SuggestionRepository repo,
            HandlingFacade handling,
            SearchFacade search,
            UnitDirectory units,
            SuggestionRows rows,
            SubmissionCases caseSubmissions) {
        this.caseSubmissions = caseSubmissions;
        this.repo = repo;
        this.handling = handling;
        this.search = search;
        this.units = units;
        this.rows = rows;
    }

    /** A submission and its case as the user may see them. */
    SuggestionDetail detail(long id) {
        CurrentUser user = CurrentUser.require();
        SuggestionRepository.Row row = repo.find(id).orElseThrow(() -> new NotFoundException("suggestion", id));
        boolean office = user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
        boolean signer = repo.isSigner(id, user.id(), user.personId());
        if (!office && !signer) {
            if (row.caseId() == null || !user.hasAny(Role.UNIT, Role.DEPUTY)) {
                throw new NotFoundException("suggestion", id);
            }
        } else if (!signer && row.status() == SubmissionStatus.DRAFT) {
            throw new NotFoundException("suggestion", id);
        }
        CaseView c = row.caseId() == null ? null : handling.get(row.caseId());
        return new SuggestionDetail(rows.view(row), c);
    }

    /** The submission id of a suggestion case (for links from search hits). */
    long idOfCase(long caseId) {
        CurrentUser.require();
        Optional<Long> seen = caseSubmissions.submissionOf(caseId);
        if (seen.isPresent()) {
            return seen.get();
        }
        long id = repo.findByCase(caseId)
                .map(SuggestionRepository.Row::id)
                .orElseThrow(() -> new NotFoundException("case", caseId));
        caseSubmissions.seen(caseId, id);
        return id;
    }

    /**
     * The most similar earlier cases of a suggestion (this year and past years). Deputies (and other users
     * outside the office) see only published cases and their own: others' unpublished titles and numbers
     * never leave the server.
     */
    List<SearchHit> similar(long id, int limit) {
        SuggestionRepository.Row row = detailRow(id);
        int wanted = oversample(limit);
        List<SearchHit> hits = row.caseId() != null
                ? search.similar(row.caseId(), SearchFilter.none(), wanted)
                : search.similar(row.title() + "\n" + row.content(), SearchFilter.none(), wanted);
        return visibleOnly(hits, limit);
    }

    /** The most similar cases to a text being typed (deputies: only published cases and their own). */
    List<SearchHit> similarToText(String text, int limit) {
        CurrentUser.require();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return visibleOnly(search.similar(text, SearchFilter.none(), oversample(limit)), limit);
    }

    static boolean office(CurrentUser user) {
        return user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
    }

    static int oversample(int limit) {
        return office(CurrentUser.require()) ? limit : Math.min(limit * 5, 100);
    }

    /** The hits the user may see (one query for the set), at most {@code limit}. */
    List<SearchHit> visibleOnly(List<SearchHit> hits, int limit) {
        if (office(CurrentUser.require()) || hits.isEmpty()) {
            return hits.stream().limit(limit).toList();
        }
        Set<Long> visible =
                handling.visibleCases(hits.stream().map(SearchHit::caseId).toList());
        return hits.stream()
                .filter(h -> visible.contains(h.caseId()))
                .limit(limit)
                .toList();
    }

    /** Likely lead and co units of a suggestion, from the assignments of its nearest neighbours. */
    Routing routing(long id) {
        SuggestionRows.requireRole(Role.STAFF, Role.LEADER, Role.ADMIN);
        SuggestionRepository.Row row = rows.row(id);
        List<SearchHit> neighbours = row.caseId() != null
                ? search.similar(row.caseId(), SearchFilter.none(), Router.NEIGHBOURS)
                : search.similar(row.title() + "\n" + row.content(), SearchFilter.none(), Router.NEIGHBOURS);
        return Router.route(neighbours, Set.of(), this::unitName, 5);
    }

    String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    SuggestionRepository.Row detailRow(long id) {
        detail(id);
        return rows.row(id);
    }
}
