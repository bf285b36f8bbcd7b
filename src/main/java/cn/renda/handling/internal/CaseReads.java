package cn.renda.handling.internal;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.AuditView;
import cn.renda.handling.CaseFigures;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockView;
import cn.renda.handling.Colour;
import cn.renda.handling.EvaluationView;
import cn.renda.handling.EventView;
import cn.renda.handling.ReplyView;
import cn.renda.handling.SourceLink;
import cn.renda.handling.UnitHandlingTally;
import cn.renda.handling.Visibility;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reads of single cases and of case sets: the case page, timeline, audit, visibility, light views, public cases. */
@Component
class CaseReads {
    final HandlingRepository repo;
    final CaseQueries queries;
    final CaseAccess access;
    final CaseViews views;
    final Deadlines deadlines;
    final CaseSnapshots snapshots;

    CaseReads(
            HandlingRepository repo,
            CaseQueries queries,
            CaseAccess access,
            CaseViews views,
            Deadlines deadlines,
            CaseSnapshots snapshots) {
        this.snapshots = snapshots;
        this.repo = repo;
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.deadlines = deadlines;
    }

    /** The case page's view: the case and all its lists in one round trip ({@link CaseSnapshots}). */
    CaseView get(long caseId) {
        CurrentUser user = CurrentUser.require();
        return views.view(access.visibleSnapshot(caseId, user, snapshots), user);
    }

    /** As {@link #get}, with another module's read in the same round trip; empty when it declined the case. */
    java.util.Optional<CaseView> getWith(long caseId, cn.renda.handling.CompanionRead companion) {
        CurrentUser user = CurrentUser.require();
        CaseSnapshots.WithCompanion read = snapshots.read(caseId, companion);
        if (!read.proceed()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(views.view(access.visible(caseId, read.snapshot(), user), user));
    }

    Page<EventView> timeline(long caseId, PageRequest page) {
        access.visibleCase(caseId, CurrentUser.require());
        return Page.of(repo.events(caseId, page.size(), page.offset()), page, repo.countEvents(caseId));
    }

    AuditView audit(long caseId) {
        access.visibleCase(caseId, CurrentUser.require());
        List<HandlingRepository.ChainLink> chain = repo.chain(caseId);
        String previous = "0".repeat(64);
        boolean valid = true;
        int expectedSeq = 1;
        for (HandlingRepository.ChainLink link : chain) {
            if (link.seq() != expectedSeq++
                    || !previous.equals(link.prevHash())
                    || !link.hash().equals(link.recomputed())) {
                valid = false;
            }
            previous = link.hash();
        }
        return new AuditView(valid, chain.size(), chain.isEmpty() ? null : previous);
    }

    Set<Long> visibleCases(java.util.Collection<Long> caseIds) {
        CurrentUser user = CurrentUser.require();
        if (caseIds == null || caseIds.isEmpty()) {
            return Set.of();
        }
        Long[] ids = caseIds.stream().distinct().toArray(Long[]::new);
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER)) {
            return Set.copyOf(repo.existing(ids));
        }
        Set<Long> out = new java.util.HashSet<>();
        if (user.hasAny(Role.UNIT) && user.unitId() != null) {
            out.addAll(repo.assignedTo(ids, user.unitId()));
        }
        if (user.hasAny(Role.DEPUTY, Role.STREET)) {
            out.addAll(repo.visibleToProposer(ids, user.id()));
        }
        return Set.copyOf(out);
    }

    CaseFigures figures(long[] caseIds) {
        return queries.figures(caseIds, deadlines.today());
    }

    List<UnitHandlingTally> unitTallies(long[] caseIds, long[] contactedCaseIds, long[] contactedUnitIds) {
        return queries.unitTallies(caseIds, contactedCaseIds, contactedUnitIds, deadlines.today());
    }

    List<CaseView> lightViews(java.util.Collection<Long> caseIds) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER)) {
            throw new org.springframework.security.access.AccessDeniedException("case views");
        }
        if (caseIds == null || caseIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = caseIds.stream().distinct().toArray(Long[]::new);
        LocalDate today = deadlines.today();
        Map<Long, List<ClockRow>> clocks = repo.clocksOf(ids);
        Map<Long, List<AssignmentView>> assignments = repo.assignmentsOf(ids);
        Map<Long, List<ReplyView>> replies = repo.repliesOf(ids);
        Map<Long, List<EvaluationView>> evaluations = repo.evaluationsOf(ids);
        List<CaseView> out = new ArrayList<>();
        for (CaseRow r : repo.findCases(ids)) {
            List<ClockView> clockViews = new ArrayList<>();
            Colour colour = CaseViews.clockViews(clocks.getOrDefault(r.id(), List.of()), today, clockViews);
            out.add(new CaseView(
                    r.id(),
                    r.kind(),
                    r.number(),
                    r.title(),
                    r.content(),
                    r.category(),
                    r.state(),
                    r.visibility(),
                    new SourceLink(r.sourceType(), r.sourceRef(), r.sourceDate()),
                    List.of(),
                    r.attributes(),
                    r.keyCase(),
                    r.supervisingLeader(),
                    r.trackingMonths(),
                    r.tracked(),
                    r.resultClass(),
                    r.evaluation(),
                    colour,
                    assignments.getOrDefault(r.id(), List.of()),
                    clockViews,
                    replies.getOrDefault(r.id(), List.of()),
                    evaluations.getOrDefault(r.id(), List.of()),
                    List.of(),
                    List.of(),
                    List.of(),
                    r.createdBy(),
                    r.createdAt(),
                    r.updatedAt(),
                    r.version()));
        }
        return out;
    }

    // ---- public, kinds, policies ---------------------------------------------------------------

    Optional<CaseView> findPublished(String idOrNumber) {
        if (idOrNumber == null || idOrNumber.isBlank()) {
            return Optional.empty();
        }
        Optional<CaseRow> row = idOrNumber.chars().allMatch(Character::isDigit) && idOrNumber.length() < 18
                ? repo.findCase(Long.parseLong(idOrNumber))
                : repo.findCaseByNumber(idOrNumber.trim());
        return row.filter(r -> r.visibility() == Visibility.PUBLISHED)
                .map(r -> CaseViews.publicView(views.view(r.id(), null)));
    }
}
