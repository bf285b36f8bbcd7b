package cn.renda.handling.internal;

import cn.renda.core.NotFoundException;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.Visibility;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Who may see a case: the scopes of the engine's roles over one case row. */
@Component
class CaseAccess {
    final HandlingRepository repo;

    CaseAccess(HandlingRepository repo) {
        this.repo = repo;
    }

    /** The case if the user may see it; otherwise (or in another congress) 404. */
    CaseRow visibleCase(long id, CurrentUser user) {
        return visibleCase(id, user, () -> repo.assignments(id));
    }

    /** As {@link #visibleCase(long, CurrentUser)}, the check of a unit user reading the given assignments. */
    CaseRow visibleCase(long id, CurrentUser user, Supplier<List<AssignmentView>> assignments) {
        CaseRow row = repo.findCase(id).orElseThrow(() -> new NotFoundException("case", id));
        if (!canSee(row, user, assignments)) {
            throw new NotFoundException("case", id);
        }
        return row;
    }

    /** The case read in one round trip ({@link CaseSnapshots}) if the user may see it; otherwise 404. */
    CaseSnapshot visibleSnapshot(long id, CurrentUser user, CaseSnapshots snapshots) {
        return visible(id, snapshots.read(id), user);
    }

    /** The case read already, if the user may see it; 404 otherwise (also when there is none). */
    CaseSnapshot visible(long id, java.util.Optional<CaseSnapshot> read, CurrentUser user) {
        CaseSnapshot s = read.orElseThrow(() -> new NotFoundException("case", id));
        boolean proposer = user.hasAny(Role.DEPUTY, Role.STREET) && s.proposedBy(user.id());
        if (!canSee(s.row(), user, s::assignments, proposer)) {
            throw new NotFoundException("case", id);
        }
        return s;
    }

    boolean canSee(CaseRow row, CurrentUser user, Supplier<List<AssignmentView>> assignments) {
        return canSee(row, user, assignments, null);
    }

    /** As above, with whether the user is a proposer already known (null: look it up). */
    private boolean canSee(
            CaseRow row, CurrentUser user, Supplier<List<AssignmentView>> assignments, Boolean proposer) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER)) {
            return true;
        }
        if (user.hasAny(Role.UNIT)
                && user.unitId() != null
                && assignments.get().stream().anyMatch(a -> a.unitId() == user.unitId())) {
            return true;
        }
        if (user.hasAny(Role.DEPUTY, Role.STREET)) {
            return row.visibility() == Visibility.PUBLISHED
                    || row.createdBy() == user.id()
                    || (proposer != null ? proposer : repo.isProposer(row.id(), user.id()));
        }
        return false;
    }
}
