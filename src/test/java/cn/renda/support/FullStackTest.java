package cn.renda.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of full-stack tests: the whole application on a random port over the shared embedded
 * PostgreSQL with the demo congresses loaded, driven through real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClockConfiguration.class)
public abstract class FullStackTest {

    /** Password of every demo account. */
    protected static final String DEMO_PASSWORD = "demo2023";

    @LocalServerPort
    protected int port;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** An API request as a demo user (HTTP Basic); body may be null. */
    protected HttpResponse<String> api(String user, String method, String path, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", auth(user));
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method,
                jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        return send(b.build());
    }

    protected HttpResponse<String> get(String user, String path) {
        return api(user, "GET", path, null);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The Authorization header for a demo or test user: a personal API token made once per user and JVM,
     * since verifying an Argon2 password on every request would dominate the suite's time. HTTP Basic
     * itself is tested on its own.
     */
    protected String auth(String user) {
        return TOKENS.computeIfAbsent(user, u -> {
            var me = send(HttpRequest.newBuilder(uri("/api/v1/me"))
                    .header("Authorization", basic(u, DEMO_PASSWORD))
                    .header("Accept", "application/json")
                    .build());
            if (me.statusCode() != 200) {
                throw new AssertionError("cannot sign in as " + u + ": " + me.statusCode());
            }
            long id = Long.parseLong(me.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
            long congress = Long.parseLong(me.body().replaceAll(".*\"congressId\":(\\d+).*", "$1"));
            var accounts = applicationContext.getBean(cn.renda.identity.AccountFacade.class);
            return "Bearer "
                    + cn.renda.core.TenantContext.callAs(congress, () -> accounts.createToken(id, "tests", null));
        });
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext applicationContext;

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser-like session (cookies, CSRF) signed in through the login form. */
    protected Session login(String user) {
        Session s = new Session();
        s.formPost("/login", "username=" + user + "&password=" + DEMO_PASSWORD, "/login");
        return s;
    }

    /** An anonymous cookie-keeping page session. */
    protected Session anonymous() {
        return new Session();
    }

    /** A cookie-keeping page session. */
    protected final class Session {
        private final HttpClient pages = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        /** GET a page (no redirects followed). */
        public HttpResponse<String> page(String path) {
            try {
                return pages.send(
                        HttpRequest.newBuilder(uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** GET a binary resource (an image, a download) with the session's cookies. */
        public HttpResponse<byte[]> bytes(String path) {
            try {
                return pages.send(
                        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        /** POST a url-encoded form, taking the CSRF token from the page {@code csrfPage} first. */
        public HttpResponse<String> formPost(String path, String urlEncodedBody, String csrfPage) {
            return post(path, urlEncodedBody, csrfPage, false);
        }

        /** POST a url-encoded form as htmx does ({@code HX-Request: true}), CSRF token from {@code csrfPage}. */
        public HttpResponse<String> htmxPost(String path, String urlEncodedBody, String csrfPage) {
            return post(path, urlEncodedBody, csrfPage, true);
        }

        /** Sends a request built by the test (e.g. a multipart upload) with the session's cookies. */
        public HttpResponse<String> send(HttpRequest request) {
            try {
                return pages.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private HttpResponse<String> post(String path, String urlEncodedBody, String csrfPage, boolean htmx) {
            String token = csrf(page(csrfPage).body());
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody + "&_csrf=" + token));
                if (htmx) {
                    request.header("HX-Request", "true");
                }
                return pages.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

    /** The CSRF token of a rendered page (hidden form field or meta tag). */
    protected static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
