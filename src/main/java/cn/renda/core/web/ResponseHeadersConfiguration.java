package cn.renda.core.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Headers on every answer: no referrer beyond the origin, no powerful browser features, and a year of
 * caching for versioned WebJar paths (their content never changes; Spring Security leaves a
 * Cache-Control already set alone). HSTS and the Secure cookie follow from HTTPS, which the application
 * sees behind a proxy through {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy}).
 */
@Configuration(proxyBeanMethods = false)
class ResponseHeadersConfiguration {

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()," + " interest-cohort=()";
    private static final Pattern VERSIONED_WEBJAR = Pattern.compile("^/webjars/[^/]+/\\d[^/]*/.+");

    @Bean
    FilterRegistrationBean<Filter> responseHeadersFilter() {
        Filter filter = (req, res, chain) -> {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (VERSIONED_WEBJAR.matcher(path).matches()) {
                response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            }
            chain.doFilter(req, res);
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 7);
        registration.setName("responseHeadersFilter");
        return registration;
    }
}
