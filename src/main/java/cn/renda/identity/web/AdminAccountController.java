package cn.renda.identity.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: the congress's accounts — list, create, enable and disable. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountController {

    private final AccountFacade accounts;

    AdminAccountController(AccountFacade accounts) {
        this.accounts = accounts;
    }

    /** Form: a new account. */
    static final class AccountForm {
        @NotBlank
        @Size(min = 2, max = 40)
        private String username;

        @NotBlank
        @Size(max = 60)
        private String displayName;

        @NotBlank
        @Size(min = AccountFacade.MIN_PASSWORD_LENGTH, max = 128)
        private String password;

        @NotEmpty
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        @Email
        private String email;

        private Long unitId;
        private Long personId;
        private String street;

        public String getUsername() {
            return username;
        }

        public void setUsername(String v) {
            username = v;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String v) {
            displayName = v;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String v) {
            password = v;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> v) {
            roles = v;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String v) {
            email = v;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long v) {
            unitId = v;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long v) {
            personId = v;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String v) {
            street = v;
        }
    }

    /** Form: the congress's longest validity of personal API tokens. */
    static final class TokenPolicyForm {
        @jakarta.validation.constraints.NotNull
        @jakarta.validation.constraints.Min(1)
        @jakarta.validation.constraints.Max(AccountFacade.TOKEN_DAYS_CEILING)
        private Integer tokenMaxDays;

        public Integer getTokenMaxDays() {
            return tokenMaxDays;
        }

        public void setTokenMaxDays(Integer v) {
            tokenMaxDays = v;
        }
    }

    @PostMapping("/token-policy")
    String processTokenPolicy(
            @Valid @ModelAttribute("policy") TokenPolicyForm policy,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.setTokenMaxDays(policy.getTokenMaxDays());
                redirect.addFlashAttribute("flash", "admin.accounts.tokenPolicy.saved");
                return "redirect:/admin/accounts";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
            }
        }
        model.addAttribute("q", "");
        model.addAttribute("page", accounts.list("", new PageRequest(0, 20, null, false)));
        return "identity/accounts";
    }

    @GetMapping
    String showAccounts(
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        TokenPolicyForm policy = new TokenPolicyForm();
        policy.setTokenMaxDays(accounts.tokenMaxDays());
        model.addAttribute("policy", policy);
        model.addAttribute("q", q);
        model.addAttribute("page", accounts.list(q, new PageRequest(page, 20, null, false)));
        return "identity/accounts";
    }

    @GetMapping("/new")
    String showNewAccount(Model model) {
        model.addAttribute("form", new AccountForm());
        model.addAttribute("allRoles", Role.grantable());
        return "identity/account-form";
    }

    @PostMapping("/new")
    String processNewAccount(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.create(new NewAccount(
                        form.getUsername(),
                        form.getPassword(),
                        form.getDisplayName(),
                        form.getRoles(),
                        form.getPersonId(),
                        form.getUnitId(),
                        blankToNull(form.getStreet()),
                        blankToNull(form.getEmail())));
                redirect.addFlashAttribute("flash", "admin.accounts.created");
                return "redirect:/admin/accounts";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
            }
        }
        model.addAttribute("allRoles", Role.grantable());
        return "identity/account-form";
    }

    @PostMapping("/{id}/enabled")
    String processEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("flash", enabled ? "admin.accounts.enabled" : "admin.accounts.disabled");
        return "redirect:/admin/accounts";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
