package cn.renda.handling;

import java.util.function.Predicate;

/**
 * A condition a transition needs beyond state and role; when it fails the action is refused with
 * {@link GuardFailedException} carrying {@code messageKey} (answered as 422).
 */
public record Guard(String messageKey, Predicate<GuardContext> test) {

    /** Whether the action may proceed. */
    public boolean allows(GuardContext context) {
        return test.test(context);
    }
}
