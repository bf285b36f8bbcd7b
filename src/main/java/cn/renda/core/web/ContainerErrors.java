package cn.renda.core.web;

import cn.renda.core.PublicEndpoint;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.Host;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors the servlet container raises itself answer like every other error: problem+json for the API (and
 * JSON clients), the error page for browsers. Two places: {@code /error}, where Tomcat forwards errors
 * found while the application runs (an undecodable {@code q=%ff}, an upload over the size limit), and
 * Tomcat's error report valve, which answers what never reaches the application (an over-long request
 * line or header).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    /** Status → title and detail keys; any other status gets the generic pair. */
    private static final Map<Integer, String[]> TEXTS = Map.of(
            400, new String[] {"problem.invalid.title", "error.badRequest"},
            401, new String[] {"problem.unauthorized.title", "problem.unauthorized.detail"},
            403, new String[] {"problem.forbidden.title", "problem.forbidden.detail"},
            404, new String[] {"problem.notFound.title", "error.notFound.page"},
            405, new String[] {"problem.invalid.title", "error.container.method"},
            413, new String[] {"problem.tooLarge.title", "error.container.tooLarge"},
            414, new String[] {"problem.invalid.title", "error.container.uriTooLong"},
            415, new String[] {"problem.invalid.title", "error.container.mediaType"},
            503, new String[] {"problem.unavailable.title", "problem.unavailable.detail"});

    static String[] texts(int status) {
        return TEXTS.getOrDefault(status, new String[] {"error.title", "error.generic"});
    }

    /** The problem body for a status, in the given language. */
    static ProblemDetail problem(int status, String instance, MessageSource messages, Locale locale) {
        String[] keys = texts(status);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(status), messages.getMessage(keys[1], null, keys[1], locale));
        pd.setTitle(messages.getMessage(keys[0], null, keys[0], locale));
        if (instance != null) {
            pd.setInstance(java.net.URI.create(instance.replaceAll("[^\\x21-\\x7e]", "")));
        }
        return pd;
    }

    /** The same problem as a plain map, for writers without Spring's problem+json converter. */
    static Map<String, Object> problemBody(int status, String instance, MessageSource messages, Locale locale) {
        ProblemDetail pd = problem(status, instance, messages, locale);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", pd.getTitle());
        body.put("status", status);
        body.put("detail", pd.getDetail());
        if (pd.getInstance() != null) {
            body.put("instance", pd.getInstance().toString());
        }
        return body;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve(MessageSource messages) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            ProblemErrorReportValve valve = new ProblemErrorReportValve(messages);
            // The host adds its default report valve at start unless one of the configured class is present.
            if (host instanceof org.apache.catalina.core.StandardHost standard) {
                standard.setErrorReportValveClass(valve.getClass().getName());
            }
            host.getPipeline().addValve(valve);
        });
    }

    /** Replaces Spring Boot's error controller at {@code /error}. */
    @Controller
    static class ProblemErrorController implements org.springframework.boot.webmvc.error.ErrorController {

        private final MessageSource messages;
        private final LocaleResolver locales;

        ProblemErrorController(MessageSource messages, LocaleResolver locales) {
            this.messages = messages;
            this.locales = locales;
        }

        @RequestMapping("${server.error.path:/error}")
        @PublicEndpoint
        Object error(HttpServletRequest request, HttpServletResponse response) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 500;
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri instanceof String s ? s : request.getRequestURI();
            Locale locale = locales.resolveLocale(request);
            if (path.startsWith(request.getContextPath() + "/api/") || prefersJson(request)) {
                return ResponseEntity.status(status)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem(status, path, messages, locale));
            }
            response.setStatus(status);
            if (status == 404 || status == 403) {
                return new ModelAndView("error/" + status);
            }
            ModelAndView page = new ModelAndView("error/problem");
            page.addObject("status", status);
            page.addObject("messageKey", texts(status)[1]);
            page.addObject("arguments", new Object[0]);
            return page;
        }

        private static boolean prefersJson(HttpServletRequest request) {
            String accept = request.getHeader("Accept");
            return accept == null || (accept.contains("json") && !accept.contains("html"));
        }
    }
}
