package cn.renda.organization.web;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change a station or group: office staff and administrators anywhere, street working
 * committee staff (role STREET) only in their own street.
 */
@Component
public class StreetScope {

    private final BodyDirectory bodies;

    StreetScope(BodyDirectory bodies) {
        this.bodies = bodies;
    }

    /** Whether the signed-in user may change records of this street (null = district-wide). */
    public boolean canEdit(Long streetId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.hasAny(Role.ADMIN, Role.STAFF)) {
            return true;
        }
        return user.hasAny(Role.STREET)
                && streetId != null
                && user.street() != null
                && Objects.equals(bodies.streetId(user.street()).orElse(null), streetId);
    }

    /** Fails with 403 unless {@link #canEdit(Long)}. */
    public void require(Long streetId) {
        if (!canEdit(streetId)) {
            throw new AccessDeniedException("not your street");
        }
    }

    /** The streets the user may pick in forms: all for office staff, their own for street staff. */
    public Map<Long, String> editableStreets() {
        Map<Long, String> all = bodies.streetNames();
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user != null && !user.hasAny(Role.ADMIN, Role.STAFF)) {
            all.keySet().removeIf(id -> !canEdit(id));
        }
        return all;
    }
}
