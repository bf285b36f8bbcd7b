package cn.renda.identity;

import cn.renda.core.PageRequest;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo-data support: a demo account as a signed-in user, and work run signed in as that user, so seeded records pass
 * through the facades' role and scope checks like a user's. The one helper every module's demo loader uses.
 */
@Component
public class DemoSignIn {

    private final AccountFacade accounts;

    DemoSignIn(AccountFacade accounts) {
        this.accounts = accounts;
    }

    /** The demo account as a user of the bound congress. */
    public CurrentUser user(long congressId, String username) {
        AccountView a = accounts.list(username, PageRequest.first()).items().stream()
                .filter(v -> v.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo account " + username + " missing"));
        return new CurrentUser(
                a.id(),
                congressId,
                a.username(),
                null,
                a.displayName(),
                a.roles(),
                a.personId(),
                a.unitId(),
                a.street(),
                "zh-CN",
                true);
    }

    /** Runs the work signed in as the user, then restores whoever was signed in. */
    public static <T> T as(CurrentUser user, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
