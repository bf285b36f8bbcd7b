package cn.renda.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before a handler is chosen, which the handler-scoped advice cannot see: unknown paths
 * (404) and bodies that cannot be parsed as multipart (413 over the size limit, else 400) — problem+json
 * under /api, an error page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackErrorHandler {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private final MessageSource messages;

    FallbackErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var locale = LocaleContextHolder.getLocale();
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, messages.getMessage("error.notFound.page", null, locale));
            pd.setTitle(messages.getMessage("problem.notFound.title", null, locale));
            return ResponseEntity.status(404)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(pd);
        }
        response.setStatus(404);
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadableUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        int status = e instanceof MaxUploadSizeExceededException ? 413 : 400;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // A fixed length, not chunked: Tomcat may close the connection right after an oversized upload.
            byte[] body = JSON.writeValueAsBytes(ContainerErrors.problemBody(
                    status, request.getRequestURI(), messages, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .contentLength(body.length)
                    .body(body);
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", status);
        page.addObject("messageKey", ContainerErrors.texts(status)[1]);
        page.addObject("arguments", new Object[0]);
        return page;
    }
}
