package cn.renda.identity.web;

import cn.renda.core.InvalidInputException;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password change and personal API tokens. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

    private final AccountFacade accounts;

    AccountController(AccountFacade accounts) {
        this.accounts = accounts;
    }

    /** Form: change password. */
    static final class PasswordForm {
        @NotBlank
        private String currentPassword;

        @NotBlank
        @Size(min = AccountFacade.MIN_PASSWORD_LENGTH, max = 128)
        private String newPassword;

        @NotBlank
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String v) {
            currentPassword = v;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String v) {
            newPassword = v;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String v) {
            confirmPassword = v;
        }
    }

    /** Form: new API token. */
    static final class TokenForm {
        @NotBlank
        @Size(max = 80)
        private String name;

        @Min(1)
        @Max(AccountFacade.TOKEN_DAYS_CEILING)
        private Integer validDays;

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public Integer getValidDays() {
            return validDays;
        }

        public void setValidDays(Integer v) {
            validDays = v;
        }
    }

    @GetMapping("/password")
    String showPassword(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "identity/password";
    }

    @PostMapping("/password")
    String processPassword(
            @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("confirmPassword")
                && form.getNewPassword() != null
                && !form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "identity.error.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "identity/password";
        }
        try {
            accounts.changePassword(CurrentUser.require().id(), form.getCurrentPassword(), form.getNewPassword());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
            return "identity/password";
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account/password";
    }

    @GetMapping("/tokens")
    String showTokens(Model model) {
        TokenForm form = new TokenForm();
        form.setValidDays(accounts.tokenMaxDays());
        model.addAttribute("form", form);
        model.addAttribute("tokenMaxDays", accounts.tokenMaxDays());
        model.addAttribute("tokens", accounts.tokens(CurrentUser.require().id()));
        return "identity/tokens";
    }

    @PostMapping("/tokens")
    String processTokens(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        long me = CurrentUser.require().id();
        model.addAttribute("tokenMaxDays", accounts.tokenMaxDays());
        if (errors.hasErrors()) {
            model.addAttribute("tokens", accounts.tokens(me));
            return "identity/tokens";
        }
        String secret;
        try {
            secret = accounts.createToken(me, form.getName(), form.getValidDays());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
            model.addAttribute("tokens", accounts.tokens(me));
            return "identity/tokens";
        }
        redirect.addFlashAttribute("newToken", secret);
        redirect.addFlashAttribute("flash", "account.tokens.created");
        return "redirect:/account/tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String processRevoke(@PathVariable long id, RedirectAttributes redirect) {
        accounts.revokeToken(CurrentUser.require().id(), id);
        redirect.addFlashAttribute("flash", "account.tokens.revokedFlash");
        return "redirect:/account/tokens";
    }
}
