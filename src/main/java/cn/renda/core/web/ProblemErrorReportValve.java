package cn.renda.core.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on an error the application never saw (a request line or header too long to parse):
 * problem+json for the API and JSON clients, a short page otherwise — never Tomcat's own report page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ProblemErrorReportValve(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String accept = request.getHeader("Accept");
        String uri = request.getDecodedRequestURI();
        String language = request.getHeader("Accept-Language");
        Locale locale =
                language != null && language.trim().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        var pd = ContainerErrors.problem(status, null, messages, locale);
        try {
            response.setCharacterEncoding("UTF-8");
            if ((uri != null && uri.startsWith("/api/")) || accept == null || !accept.contains("html")) {
                response.setContentType("application/problem+json");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(java.util.Map.of(
                            "type",
                            "about:blank",
                            "title",
                            pd.getTitle(),
                            "status",
                            status,
                            "detail",
                            pd.getDetail())));
                    response.finishResponse();
                }
                return;
            }
            response.setContentType("text/html");
            Writer writer = response.getReporter();
            if (writer != null) {
                String title = HtmlUtils.htmlEscape(pd.getTitle());
                writer.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                        + " content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head><body>"
                        + "<main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(pd.getDetail())
                        + "</p><p><a href=\"/\">↻</a></p></main></body></html>");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is going away: nothing more can be said
        }
    }
}
