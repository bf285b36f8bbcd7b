package cn.renda.supervision.web;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A valid form's command, then a flash and a redirect; a refused command's problems on the form, which is shown
 * again. One place for the POST handlers of the supervision work pages.
 */
final class WorkSubmission {

    private WorkSubmission() {}

    static String submit(
            BindingResult errors,
            RedirectAttributes redirect,
            String flash,
            String target,
            Runnable command,
            Supplier<String> page) {
        return submit(
                errors,
                redirect,
                flash,
                () -> {
                    command.run();
                    return target;
                },
                page);
    }

    /** As above, for a command whose result names the page to go to (a record just created). */
    static String submit(
            BindingResult errors,
            RedirectAttributes redirect,
            String flash,
            Supplier<String> command,
            Supplier<String> page) {
        if (!errors.hasErrors()) {
            try {
                String target = command.get();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:" + target;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            } catch (ConflictException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page.get();
    }
}
