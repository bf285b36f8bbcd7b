package cn.renda.organization.web.api;

import cn.renda.organization.ImportRejectedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A rejected import as problem+json: 400 with an {@code errors} list of {row, column, message}. */
final class ImportProblems {

    private ImportProblems() {}

    static ProblemDetail of(ImportRejectedException e, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), e.arguments(), locale));
        pd.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (var p : e.problems()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", p.row());
            error.put("column", p.column());
            error.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
            errors.add(error);
        }
        pd.setProperty("errors", errors);
        return pd;
    }
}
