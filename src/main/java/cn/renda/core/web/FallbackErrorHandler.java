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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Unknown paths: problem+json under /api, the 404 page elsewhere. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackErrorHandler {

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
}
