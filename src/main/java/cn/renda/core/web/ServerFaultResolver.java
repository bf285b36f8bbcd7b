package cn.renda.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * First exception resolver of every handler: a database outage answers 503 (problem+json on the API,
 * the error page elsewhere) with {@code Retry-After}; a server-side broken pipe answers 500. Both would
 * otherwise reach Spring's disconnected-client handling, which answers an empty 200.
 */
@Configuration(proxyBeanMethods = false)
class ServerFaultResolver implements WebMvcConfigurer, HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(ServerFaultResolver.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    ServerFaultResolver(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, this);
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        int status;
        if (ServerFaults.databaseUnavailable(ex)) {
            status = 503;
            log.warn(
                    "Database unavailable during {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    ex.toString());
        } else if (ServerFaults.mistakenForClientDisconnect(ex)) {
            status = 500;
            log.error("Server-side connection failure during {} {}", request.getMethod(), request.getRequestURI(), ex);
        } else {
            return null;
        }
        if (response.isCommitted()) {
            return null;
        }
        return write(request, response, status);
    }

    /** Writes the answer for a server fault; also used by the outage filter before MVC runs. */
    ModelAndView write(HttpServletRequest request, HttpServletResponse response, int status) {
        return write(
                request,
                response,
                status,
                status == 503 ? "problem.unavailable.title" : "error.title",
                status == 503 ? "problem.unavailable.detail" : "error.generic");
    }

    ModelAndView write(
            HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String detailKey) {
        var locale = locales.resolveLocale(request);
        response.reset();
        response.setStatus(status);
        if (status == 503) {
            response.setHeader("Retry-After", "5");
        }
        if (wantsProblem(request)) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                    org.springframework.http.HttpStatusCode.valueOf(status),
                    messages.getMessage(detailKey, null, detailKey, locale));
            pd.setTitle(messages.getMessage(titleKey, null, titleKey, locale));
            pd.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setContentType("application/problem+json;charset=UTF-8");
            try {
                JSON.writeValue(
                        response.getOutputStream(),
                        Map.of(
                                "type", "about:blank",
                                "title", pd.getTitle(),
                                "status", status,
                                "detail", pd.getDetail(),
                                "instance", request.getRequestURI()));
            } catch (IOException e) {
                log.debug("Could not write the problem answer: {}", e.getMessage());
            }
            return new ModelAndView();
        }
        // A self-contained page: the layout itself may need the database that just failed.
        response.setContentType("text/html;charset=UTF-8");
        String title = org.springframework.web.util.HtmlUtils.htmlEscape(
                messages.getMessage(titleKey, null, titleKey, locale));
        String detail = org.springframework.web.util.HtmlUtils.htmlEscape(
                messages.getMessage(detailKey, null, detailKey, locale));
        try {
            response.getWriter()
                    .write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                            + " content=\"width=device-width, initial-scale=1\"><title>" + title
                            + "</title></head><body><main><h1>" + title + "</h1><p>" + detail
                            + "</p><p><a href=\"" + request.getContextPath() + "/\">↻</a></p></main></body></html>");
        } catch (IOException e) {
            log.debug("Could not write the error page: {}", e.getMessage());
        }
        return new ModelAndView();
    }

    /**
     * Refuses a NUL character in the query string or form parameters before anything reads them (400):
     * PostgreSQL cannot store it, and every list and write would otherwise fail on it with a 500.
     */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> nulParameterFilter() {
        jakarta.servlet.Filter filter = (req, res, chain) -> {
            HttpServletRequest request = (HttpServletRequest) req;
            if (carriesNul(request)) {
                write(request, (HttpServletResponse) res, 400, "problem.invalid.title", "error.input.control");
                return;
            }
            chain.doFilter(req, res);
        };
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 6);
        registration.setName("nulParameterFilter");
        return registration;
    }

    static boolean carriesNul(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && (query.contains("%00") || query.indexOf('\u0000') >= 0)) {
            return true;
        }
        if (request.getRequestURI().contains("%00") || request.getRequestURI().indexOf('\u0000') >= 0) {
            return true;
        }
        String type = request.getContentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            for (String[] values : request.getParameterMap().values()) {
                for (String v : values) {
                    if (v != null && v.indexOf('\u0000') >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Catches outages in filters (token look-up, session) that no MVC resolver sees. */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> databaseOutageFilter() {
        jakarta.servlet.Filter filter = (req, res, chain) -> {
            try {
                chain.doFilter(req, res);
            } catch (jakarta.servlet.ServletException | RuntimeException e) {
                HttpServletResponse response = (HttpServletResponse) res;
                if (!ServerFaults.databaseUnavailable(e) || response.isCommitted()) {
                    throw e;
                }
                log.warn("Database unavailable: {}", e.toString());
                write((HttpServletRequest) req, response, 503);
            }
        };
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 5);
        registration.setName("databaseOutageFilter");
        return registration;
    }

    static boolean wantsProblem(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("html"));
    }
}
