package cn.renda.identity.web.api;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.AccountView;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts API: the caller's own profile, and ADMIN account management. */
@RestController
@RequestMapping("/api/v1")
class AccountApi {

    private final AccountFacade accounts;

    AccountApi(AccountFacade accounts) {
        this.accounts = accounts;
    }

    /** Request: create an account. */
    record CreateAccountRequest(
            @NotBlank @Size(min = 2, max = 40) String username,
            @NotBlank @Size(max = 60) String displayName,
            @NotBlank @Size(min = AccountFacade.MIN_PASSWORD_LENGTH, max = 128) String password,
            @NotEmpty Set<Role> roles,
            @Email String email,
            Long personId,
            Long unitId,
            String street) {}

    /** Response: the caller. */
    record Me(
            long id,
            String username,
            String displayName,
            long congressId,
            Set<Role> roles,
            Long personId,
            Long unitId,
            String street) {}

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    Me me() {
        CurrentUser u = CurrentUser.require();
        return new Me(
                u.id(),
                u.getUsername(),
                u.displayName(),
                u.congressId(),
                u.roles(),
                u.personId(),
                u.unitId(),
                u.street());
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    Page<AccountView> list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return accounts.list(q, new PageRequest(page, size, null, false));
    }

    @GetMapping("/accounts/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PostMapping("/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@Valid @RequestBody CreateAccountRequest r) {
        long id = accounts.create(new NewAccount(
                r.username(),
                r.password(),
                r.displayName(),
                r.roles(),
                r.personId(),
                r.unitId(),
                r.street(),
                r.email()));
        return accounts.get(id);
    }

    /** Request and response: the congress's longest validity of personal API tokens, in days. */
    record TokenPolicy(@NotNull @Min(1) @Max(AccountFacade.TOKEN_DAYS_CEILING) Integer maxDays) {}

    @GetMapping("/token-policy")
    @PreAuthorize("isAuthenticated()")
    TokenPolicy tokenPolicy() {
        return new TokenPolicy(accounts.tokenMaxDays());
    }

    @PutMapping("/token-policy")
    @PreAuthorize("hasRole('ADMIN')")
    TokenPolicy setTokenPolicy(@Valid @RequestBody TokenPolicy policy) {
        accounts.setTokenMaxDays(policy.maxDays());
        return new TokenPolicy(accounts.tokenMaxDays());
    }

    @PostMapping("/accounts/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView disable(@PathVariable long id) {
        accounts.setEnabled(id, false);
        return accounts.get(id);
    }

    @PostMapping("/accounts/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView enable(@PathVariable long id) {
        accounts.setEnabled(id, true);
        return accounts.get(id);
    }
}
