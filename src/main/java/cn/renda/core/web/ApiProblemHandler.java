package cn.renda.core.web;

import cn.renda.core.ConflictException;
import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem+json, localized, with an {@code errors} list of field problems
 * ({@code [{"field":"name","message":"…"}]}) for invalid input.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound.title", e);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "problem.conflict.title", e);
    }

    // A lock conflict the database broke (a deadlock; on Citus also a distributed one between concurrent steps on
    // one case) is a lost race like a stale version: 409, reload and try again, not a server error.
    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ProblemDetail staleVersion(org.springframework.dao.ConcurrencyFailureException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("error.staleVersion"));
        pd.setTitle(text("problem.conflict.title"));
        return pd;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", e);
        List<Map<String, String>> errors = new ArrayList<>();
        for (var p : e.problems()) {
            errors.add(Map.of(
                    "field",
                    p.field(),
                    "message",
                    messages.getMessage(
                            p.messageKey(), p.arguments(), p.messageKey(), LocaleContextHolder.getLocale())));
        }
        pd.setProperty("errors", errors);
        return pd;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.rule.title", e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("problem.forbidden.detail"));
        pd.setTitle(text("problem.forbidden.title"));
        return pd;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.badRequest"));
        pd.setTitle(text("problem.invalid.title"));
        return pd;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.invalid.detail"));
        pd.setTitle(text("problem.invalid.title"));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of(
                    "field", fe.getField(), "message", messages.getMessage(fe, LocaleContextHolder.getLocale())));
        }
        pd.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(pd);
    }

    /** Unreadable JSON: 400 naming the field that could not be read (a missing primitive, a bad date). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.badRequest"));
        pd.setTitle(text("problem.invalid.title"));
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException je
                    && !je.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (var ref : je.getPath()) {
                    if (ref.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        field.append('[').append(ref.getIndex()).append(']');
                    }
                }
                pd.setProperty(
                        "errors", List.of(Map.of("field", field.toString(), "message", text("error.badRequest"))));
                break;
            }
        }
        return ResponseEntity.badRequest().headers(headers).body(pd);
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, DomainException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                status,
                messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale()));
        pd.setTitle(text(titleKey));
        return pd;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
