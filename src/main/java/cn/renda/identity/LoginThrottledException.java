package cn.renda.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A sign-in refused unchecked: this user name failed too often from this address and must wait. */
class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration wait) {
        super("too many failed sign-ins from this address; retry in " + wait.toSeconds() + " s");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds());
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The client address of a sign-in (after the trusted proxy's forwarding headers are applied). */
    static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
