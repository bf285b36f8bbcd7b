package cn.renda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.PublicEndpoint;
import cn.renda.support.FullStackTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Deny by default: every request mapping states who may call it. */
class AccessRulesTests extends FullStackTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRequestMappingHasAnExplicitAccessRule() {
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isFramework(method)) {
                return;
            }
            if (!hasRule(method)) {
                missing.add(info + " → " + method);
            }
        });
        assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(3);
        assertThat(missing)
                .as("handlers without @PreAuthorize or @PublicEndpoint")
                .isEmpty();
    }

    @Test
    void frameworkEndpointsAreOnlyTheDocumentedPublicOnes() {
        List<String> framework = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isFramework(method)) {
                framework.addAll(info.getPatternValues());
            }
        });
        // Boot's /error and springdoc's documentation: public by the URL rules in SecurityConfiguration.
        assertThat(framework)
                .allMatch(p -> p.equals("/error") || p.startsWith("/v3/api-docs") || p.startsWith("/swagger-ui"));
    }

    @Test
    void anUnknownPageRequiresSignInAndAnUnknownApiPathAnswersProblemJson() {
        var page = login("staff").page("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        var anonymous = get(null, "/api/v1/anything");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
    }

    @Test
    void anonymousPagesRedirectToLogin() {
        var response = anonymous().page("/account/password");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theSessionKeepAliveAnswersASignedInUserAndSendsTheSignedOutToLogin() {
        var signedIn = login("staff").page("/account/session");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).isEqualTo("ok");
        var signedOut = anonymous().page("/account/session");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private static boolean isFramework(HandlerMethod method) {
        return !method.getBeanType().getPackageName().startsWith("cn.renda");
    }

    private static boolean hasRule(HandlerMethod method) {
        return method.hasMethodAnnotation(PreAuthorize.class)
                || method.hasMethodAnnotation(PublicEndpoint.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicEndpoint.class);
    }
}
