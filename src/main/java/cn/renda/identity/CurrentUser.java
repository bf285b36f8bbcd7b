package cn.renda.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: account, congress, roles and the person, unit or street the account stands for. */
public final class CurrentUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final long congressId;
    private final String username;
    private final transient String passwordHash;
    private final String displayName;
    private final Set<Role> roles;
    private final Long personId;
    private final Long unitId;
    private final String street;
    private final String locale;
    private final boolean enabled;

    public CurrentUser(
            long id,
            long congressId,
            String username,
            String passwordHash,
            String displayName,
            Set<Role> roles,
            Long personId,
            Long unitId,
            String street,
            String locale,
            boolean enabled) {
        this.id = id;
        this.congressId = congressId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.personId = personId;
        this.unitId = unitId;
        this.street = street;
        this.locale = locale;
        this.enabled = enabled;
    }

    /** The signed-in user of this thread, if any. */
    public static java.util.Optional<CurrentUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return java.util.Optional.of(user);
        }
        return java.util.Optional.empty();
    }

    /** The signed-in user; fails when nobody is signed in. */
    public static CurrentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public long id() {
        return id;
    }

    public long congressId() {
        return congressId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether the user holds any of the roles. */
    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public Long personId() {
        return personId;
    }

    public Long unitId() {
        return unitId;
    }

    public String street() {
        return street;
    }

    public String locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "@" + congressId + "]";
    }
}
