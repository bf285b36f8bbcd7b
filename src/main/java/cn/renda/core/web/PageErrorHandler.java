package cn.renda.core.web;

import cn.renda.core.ConflictException;
import cn.renda.core.DomainException;
import cn.renda.core.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain errors on pages: a friendly error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("messageKey", "error.notFound.page");
        model.addAttribute("status", 404);
        return "error/problem";
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("arguments", e.arguments());
        model.addAttribute("status", 409);
        return "error/problem";
    }

    // A lock conflict the database broke (a deadlock; on Citus also a distributed one between concurrent steps on
    // one case) is a lost race, as on the API (ApiProblemHandler): 409 and "someone else acted first, reload".
    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    String lostRace(ConcurrencyFailureException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("messageKey", "error.staleVersion");
        model.addAttribute("status", 409);
        return "error/problem";
    }

    @ExceptionHandler(DomainException.class)
    String rule(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("arguments", e.arguments());
        model.addAttribute("status", 422);
        return "error/problem";
    }
}
