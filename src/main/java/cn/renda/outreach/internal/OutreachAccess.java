package cn.renda.outreach.internal;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in outreach: office roles (STAFF, ADMIN, LEADER) everywhere, street staff (STREET) in their
 * street, deputies (DEPUTY) on what they recorded or received.
 */
@Component
class OutreachAccess {

    private final BodyDirectory bodies;

    OutreachAccess(BodyDirectory bodies) {
        this.bodies = bodies;
    }

    CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    boolean office(CurrentUser u) {
        return u.hasAny(Role.STAFF, Role.ADMIN, Role.LEADER);
    }

    /** The street of a STREET account, if any. */
    Optional<Long> streetOf(CurrentUser u) {
        if (!u.hasAny(Role.STREET) || u.street() == null) {
            return Optional.empty();
        }
        return bodies.streetId(u.street());
    }

    /** Whether the user may triage and answer opinions of the street. */
    boolean handlesStreet(CurrentUser u, Long streetId) {
        return office(u) || (streetId != null && Objects.equals(streetOf(u).orElse(null), streetId));
    }

    void requireStreet(CurrentUser u, Long streetId) {
        if (!handlesStreet(u, streetId)) {
            throw new AccessDeniedException("not your street");
        }
    }

    void requireAny(CurrentUser u, Role... roles) {
        if (!u.hasAny(roles)) {
            throw new AccessDeniedException("role");
        }
    }

    String streetName(Long streetId) {
        return streetId == null ? null : bodies.streetName(streetId).orElse(null);
    }
}
