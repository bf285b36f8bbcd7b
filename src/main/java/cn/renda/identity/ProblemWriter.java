package cn.renda.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes 401/403/429 answers of the API as RFC 9457 problem+json, before any controller runs. */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final org.springframework.web.servlet.LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();

    ProblemWriter(MessageSource messages, org.springframework.web.servlet.LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String detailKey)
            throws IOException {
        var locale = locales.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage(titleKey, null, titleKey, locale));
        body.put("status", status);
        body.put("detail", messages.getMessage(detailKey, null, detailKey, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"renda\", Bearer");
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
