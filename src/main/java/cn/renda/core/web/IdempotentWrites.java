package cn.renda.core.web;

import cn.renda.core.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for every write of the API (POST, PUT, PATCH, DELETE under {@code /api/}), in one
 * place: the key, a digest of the request and the answer are kept in {@code core.idempotent_request} in the
 * same transaction as the write itself (the handler's transactions join the one opened here). A retry with
 * the same key gets the first answer ({@code Idempotent-Replayed: true}) and writes nothing; the same key
 * with a different request answers 422. A write that fails (any status but 2xx) is rolled back with its key,
 * so it may be retried. Handlers that take the header themselves (case actions) are left to do so.
 */
@Configuration(proxyBeanMethods = false)
class IdempotentWrites {

    static final String HEADER = "Idempotency-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_KEY = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            MessageSource messages,
            LocaleResolver locales,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> handlers) {
        var registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(jdbc, new TransactionTemplate(transactions), messages, locales, handlers));
        // After Spring Security (order -100): the user and the congress are known.
        registration.setOrder(0);
        registration.setName("idempotencyFilter");
        return registration;
    }

    /** The filter; see {@link IdempotentWrites}. */
    static final class IdempotencyFilter extends OncePerRequestFilter {

        private final JdbcClient jdbc;
        private final TransactionTemplate tx;
        private final MessageSource messages;
        private final LocaleResolver locales;
        private final ObjectProvider<HandlerMapping> handlers;

        IdempotencyFilter(
                JdbcClient jdbc,
                TransactionTemplate tx,
                MessageSource messages,
                LocaleResolver locales,
                ObjectProvider<HandlerMapping> handlers) {
            this.jdbc = jdbc;
            this.tx = tx;
            this.messages = messages;
            this.locales = locales;
            this.handlers = handlers;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getHeader(HEADER) == null
                    || !WRITES.contains(request.getMethod())
                    || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String key = request.getHeader(HEADER);
            var auth = SecurityContextHolder.getContext().getAuthentication();
            if (TenantContext.current().isEmpty() || auth == null || !auth.isAuthenticated()) {
                chain.doFilter(request, response);
                return;
            }
            if (key.isBlank() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                problem(request, response, 400, "problem.invalid.title", "error.idempotency.key");
                return;
            }
            if (handlerTakesTheKeyItself(request)) {
                chain.doFilter(request, response);
                return;
            }
            CachedBody cached = CachedBody.of(request);
            String hash = cached.digest(request);
            String user = auth.getName();
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            Replay replay;
            try {
                replay = tx.execute(status -> {
                    int inserted = jdbc.sql(
                                    """
                                    insert into core.idempotent_request (congress_id, username, key, request_hash)
                                    values (?, ?, ?, ?) on conflict (congress_id, username, key) do nothing""")
                            .params(TenantContext.orNone(), user, key, hash)
                            .update();
                    if (inserted == 0) {
                        return jdbc.sql(
                                        """
                                        select request_hash, status, content_type, body from core.idempotent_request
                                         where congress_id = ? and username = ? and key = ?""")
                                .params(TenantContext.orNone(), user, key)
                                .query((rs, n) -> new Replay(
                                        rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)))
                                .single();
                    }
                    try {
                        chain.doFilter(cached.request(), answer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (ServletException e) {
                        throw new WrappedServletException(e);
                    }
                    int code = answer.getStatus();
                    if (code < 200 || code > 299) {
                        // Nothing of a refused or failed write is kept, its key included: it may be retried.
                        status.setRollbackOnly();
                        return null;
                    }
                    jdbc.sql(
                                    """
                                    update core.idempotent_request set status = ?, content_type = ?, body = ?
                                     where congress_id = ? and username = ? and key = ?""")
                            .params(
                                    code,
                                    answer.getContentType(),
                                    new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8),
                                    TenantContext.orNone(),
                                    user,
                                    key)
                            .update();
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (WrappedServletException e) {
                throw (ServletException) e.getCause();
            }
            if (replay == null) {
                // Sent only now, after the commit: no answer before the write is durable.
                answer.copyBodyToResponse();
                return;
            }
            if (!replay.hash().equals(hash) || replay.status() == null) {
                problem(request, response, 422, "problem.rule.title", "error.idempotency.reused");
                return;
            }
            response.setStatus(replay.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (replay.contentType() != null) {
                response.setContentType(replay.contentType());
            }
            if (replay.body() != null) {
                response.getOutputStream().write(replay.body().getBytes(StandardCharsets.UTF_8));
            }
        }

        /** Case actions (and others) store their own key with their own answer: not twice. */
        private boolean handlerTakesTheKeyItself(HttpServletRequest request) {
            HandlerMapping mapping = handlers.getIfAvailable();
            if (mapping == null) {
                return false;
            }
            Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            try {
                ServletRequestPathUtils.parseAndCache(request);
                var chain = mapping.getHandler(request);
                if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
                    for (var parameter : method.getMethodParameters()) {
                        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
                        if (header != null
                                && (HEADER.equalsIgnoreCase(header.name())
                                        || HEADER.equalsIgnoreCase(header.value()))) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (Exception e) {
                // no handler (404, 405, 415): the chain answers that, nothing is written
                return false;
            } finally {
                if (previous == null) {
                    ServletRequestPathUtils.clearParsedRequestPath(request);
                } else {
                    request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
                }
            }
        }

        private void problem(
                HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
                throws IOException {
            Locale locale = locales.resolveLocale(request);
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            JSON.writeValue(
                    response.getOutputStream(),
                    Map.of(
                            "type", "about:blank",
                            "title", messages.getMessage(title, null, title, locale),
                            "status", status,
                            "detail", messages.getMessage(detail, null, detail, locale),
                            "instance", request.getRequestURI()));
        }
    }

    private record Replay(String hash, Integer status, String contentType, String body) {}

    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }

    /**
     * The request with its body read once, to digest it and still hand it to the handler. Multipart bodies
     * are left to the container (which parses them from its own stream) and digested part by part.
     */
    private record CachedBody(HttpServletRequest request, byte[] body) {

        static CachedBody of(HttpServletRequest request) throws IOException {
            String type = request.getContentType();
            if (type != null
                    && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"))) {
                return new CachedBody(request, null);
            }
            byte[] body = request.getInputStream().readAllBytes();
            return new CachedBody(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public ServletInputStream getInputStream() {
                            return new BytesInputStream(new ByteArrayInputStream(body));
                        }

                        @Override
                        public BufferedReader getReader() {
                            return new BufferedReader(new InputStreamReader(
                                    new ByteArrayInputStream(body),
                                    request.getCharacterEncoding() == null
                                            ? StandardCharsets.UTF_8
                                            : java.nio.charset.Charset.forName(request.getCharacterEncoding())));
                        }
                    },
                    body);
        }

        String digest(HttpServletRequest original) throws IOException {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            update(sha, original.getMethod() + ' ' + original.getRequestURI() + '?' + original.getQueryString());
            update(sha, String.valueOf(original.getContentType()));
            if (body != null) {
                sha.update(body);
            } else if (original.getContentType() != null
                    && original.getContentType().startsWith("multipart/")) {
                try {
                    for (Part part : original.getParts()) {
                        update(sha, part.getName() + '/' + part.getSubmittedFileName() + '/' + part.getSize());
                        try (InputStream in = part.getInputStream()) {
                            sha.update(in.readAllBytes());
                        }
                    }
                } catch (ServletException | IOException | RuntimeException e) {
                    // unparsable (Tomcat throws unchecked ones too, e.g. for a NUL in a file name): the handler's
                    // own parse fails the same way and answers 400, and nothing is kept
                }
            } else {
                for (var e : new java.util.TreeMap<>(original.getParameterMap()).entrySet()) {
                    update(sha, e.getKey() + '=' + String.join("\u0001", e.getValue()));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        private static void update(MessageDigest sha, String s) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
    }

    /** A servlet input stream over bytes already read. */
    private static final class BytesInputStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        BytesInputStream(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
