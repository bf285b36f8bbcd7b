package cn.renda.core.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/** Chinese first: zh-CN unless the user picks English ({@code ?lang=en}, remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("renda-lang") {
            // API clients choose with Accept-Language; pages stay Chinese-first unless the user switches.
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        && request.getHeader("Accept-Language") != null) {
                    return request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                }
                return super.resolveLocale(request);
            }
        };
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }

    /**
     * Replaces Boot's {@link ResourceUrlEncodingFilter} (registered because the webjars locator enables the
     * resource chain), which sends every link of every page through the resource chain: for a link such
     * as {@code /cases/42} several class-path look-ups inside the packaged jar, none of them cached
     * because nothing is found — most of the CPU time of a page with many links (bench/README.md, HTTP
     * under load). Only webjar links have a versioned form ({@code /webjars/bootstrap/5.3.8/…}); this
     * filter rewrites those, remembering each answer, and leaves every other link alone.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new WebjarUrlEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class WebjarUrlEncodingFilter extends ResourceUrlEncodingFilter {

        private final Map<String, String> versioned = new ConcurrentHashMap<>();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse res)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(res) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(webjar(req, url));
                }
            });
        }

        /** The versioned form of a webjar link (as the resource chain resolves it), else the link itself. */
        String webjar(HttpServletRequest request, String url) {
            String context = request.getContextPath();
            if (!url.startsWith(context + "/webjars/")
                    || !(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider provider)) {
                return url;
            }
            String path = url.substring(context.length());
            return context
                    + versioned.computeIfAbsent(path, p -> Objects.requireNonNullElse(provider.getForLookupPath(p), p));
        }
    }
}
