package cn.renda.demo;

import cn.renda.core.PageRequest;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.AccountView;
import cn.renda.identity.CurrentUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The demo accounts as signed-in users, so demo data goes through the facades' role and scope checks. */
@Component
class DemoUsers {

    private final AccountFacade accounts;

    DemoUsers(AccountFacade accounts) {
        this.accounts = accounts;
    }

    /** The demo account as a user of the bound congress. */
    CurrentUser user(long congressId, String username) {
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

    /** Runs the work signed in as the user. */
    static <T> T as(CurrentUser user, Supplier<T> work) {
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
