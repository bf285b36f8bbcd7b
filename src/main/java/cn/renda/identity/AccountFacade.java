package cn.renda.identity;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and personal API tokens of the current congress. */
@Service
public class AccountFacade {

    /** Shortest password we accept. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** The longest validity of a personal API token, in days, until a congress's administrator sets another. */
    public static final int MAX_TOKEN_DAYS = 90;

    /** The highest maximum a congress may set (a year). */
    public static final int TOKEN_DAYS_CEILING = 365;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    private final cn.renda.core.References references;

    AccountFacade(AccountRepository accounts, PasswordEncoder passwordEncoder, cn.renda.core.References references) {
        this.references = references;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates an account in the bound congress and returns its id. */
    @Transactional
    public long create(NewAccount account) {
        String username =
                account.username() == null ? "" : account.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new InvalidInputException("username", "identity.error.username.format");
        }
        if (accounts.usernameTaken(username)) {
            throw new InvalidInputException("username", "identity.error.username.taken");
        }
        checkPassword("password", account.password());
        // A person choosing a password must choose a strong one; seeding (demo data, tests) runs signed out.
        if (CurrentUser.get().isPresent()) {
            checkStrength("password", account.password(), username);
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw new InvalidInputException("roles", "identity.error.roles.empty");
        }
        // The platform operator's role is not a congress's to grant (seeding runs signed out).
        if (account.roles().contains(Role.OPERATOR) && CurrentUser.get().isPresent()) {
            throw new InvalidInputException("roles", "identity.error.roles.operator");
        }
        // An account binds to a unit or person of its own congress only.
        if (account.unitId() != null) {
            references.requireUnits("unitId", List.of(account.unitId()));
        }
        if (account.personId() != null) {
            references.requirePerson("personId", account.personId());
        }
        NewAccount normalised = new NewAccount(
                username,
                account.password(),
                account.displayName(),
                account.roles(),
                account.personId(),
                account.unitId(),
                account.street(),
                account.email());
        return accounts.insert(TenantContext.require(), normalised, passwordEncoder.encode(account.password()));
    }

    /** One page of accounts, filtered by a search text over user and display names. */
    @Transactional(readOnly = true)
    public Page<AccountView> list(String query, PageRequest page) {
        return Page.of(accounts.page(query, page.size(), page.offset()), page, accounts.count(query));
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    /** Enables or disables an account (accounts are never deleted: the timeline refers to them). */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        get(id);
        accounts.setEnabled(id, enabled);
    }

    /** Changes the user's own password after checking the current one. */
    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        String hash = accounts.passwordHash(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "identity.error.password.wrong");
        }
        checkPassword("newPassword", newPassword);
        checkStrength("newPassword", newPassword, null);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "identity.error.password.same");
        }
        accounts.updatePassword(accountId, passwordEncoder.encode(newPassword));
    }

    /** Creates a personal API token and returns its secret, which is not stored and shown only now. */
    @Transactional
    public String createToken(long accountId, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("name", "identity.error.token.name");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "rnd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Tokens always expire: no validity gets the congress's maximum, a longer one is refused.
        int max = tokenMaxDays();
        if (validDays != null && (validDays < 1 || validDays > max)) {
            throw new InvalidInputException("validDays", "identity.error.token.validity", max);
        }
        int days = validDays == null ? max : validDays;
        OffsetDateTime expires = OffsetDateTime.now().plusDays(days);
        accounts.insertToken(
                TenantContext.require(), accountId, name.trim(), sha256(secret), secret.substring(0, 10), expires);
        return secret;
    }

    /** The longest validity of a personal API token in the bound congress, in days (default 90). */
    @Transactional(readOnly = true)
    public int tokenMaxDays() {
        return accounts.tokenMaxDays(TenantContext.require(), MAX_TOKEN_DAYS);
    }

    /** Sets the congress's longest token validity (1 to 365 days); tokens made before keep their expiry. */
    @Transactional
    public void setTokenMaxDays(int days) {
        if (days < 1 || days > TOKEN_DAYS_CEILING) {
            throw new InvalidInputException("tokenMaxDays", "identity.error.token.maxDays", TOKEN_DAYS_CEILING);
        }
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("admin only");
        }
        accounts.setTokenMaxDays(TenantContext.require(), days, user.getUsername());
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> tokens(long accountId) {
        return accounts.tokens(accountId);
    }

    @Transactional
    public void revokeToken(long accountId, long tokenId) {
        if (accounts.revokeToken(accountId, tokenId) == 0) {
            throw new NotFoundException("token", tokenId);
        }
    }

    @Transactional
    public void updateLocale(long accountId, String locale) {
        accounts.updateLocale(accountId, "en".equals(locale) ? "en" : "zh-CN");
    }

    /** Enabled accounts holding the role, in the bound congress (for notices). */
    @Transactional(readOnly = true)
    public List<Recipient> recipientsWithRole(Role role) {
        return accounts.recipients("? = any(roles)", role.name());
    }

    /** Enabled officer accounts of a handling unit, in the bound congress. */
    @Transactional(readOnly = true)
    public List<Recipient> recipientsOfUnit(long unitId) {
        return accounts.recipients("unit_id = ?", unitId);
    }

    /**
     * Enabled accounts of the given handling units and of the given roles, in the bound congress, in one statement
     * (the deadline sweep's notices: every unit's officers, staff and leaders at once).
     */
    @Transactional(readOnly = true)
    public RecipientDirectory recipientDirectory(java.util.Collection<Long> unitIds, java.util.Set<Role> roles) {
        return accounts.recipientDirectory(
                unitIds.toArray(Long[]::new), roles.stream().map(Role::name).toArray(String[]::new));
    }

    /**
     * Enabled accounts of the given handling units, of the given roles and among the given accounts, in the bound
     * congress, in one statement (a step's notices: every recipient of the step at once).
     */
    @Transactional(readOnly = true)
    public RecipientDirectory recipientDirectory(
            java.util.Collection<Long> unitIds, java.util.Set<Role> roles, java.util.Collection<Long> accountIds) {
        return accounts.recipientDirectory(
                unitIds.toArray(Long[]::new),
                roles.stream().map(Role::name).toArray(String[]::new),
                accountIds.toArray(Long[]::new));
    }

    /** The enabled accounts among the given ones, in the bound congress, in one statement (for notices). */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? List.of() : accounts.recipientsByIds(accountIds.toArray(Long[]::new));
    }

    /** The enabled account, if any, in the bound congress. */
    @Transactional(readOnly = true)
    public java.util.Optional<Recipient> recipient(long accountId) {
        return accounts.recipients("id = ?", accountId).stream().findFirst();
    }

    private static void checkStrength(String field, String password, String username) {
        String weakness = PasswordStrength.weakness(password, username);
        if (weakness != null) {
            throw new InvalidInputException(field, weakness);
        }
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
            throw new InvalidInputException(field, "identity.error.password.length", MIN_PASSWORD_LENGTH);
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
