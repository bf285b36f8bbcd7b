package cn.renda.demo;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.DemoSignIn;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The demo accounts as signed-in users, so demo data goes through the facades' role and scope checks. */
@Component
class DemoUsers {

    private final DemoSignIn signIn;

    DemoUsers(DemoSignIn signIn) {
        this.signIn = signIn;
    }

    /** The demo account as a user of the bound congress. */
    CurrentUser user(long congressId, String username) {
        return signIn.user(congressId, username);
    }

    /** Runs the work signed in as the user. */
    static <T> T as(CurrentUser user, Supplier<T> work) {
        return DemoSignIn.as(user, work);
    }
}
