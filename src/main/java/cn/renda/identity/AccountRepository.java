package cn.renda.identity;

import cn.renda.core.PersonalData;
import cn.renda.core.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for accounts and tokens. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    AccountRepository(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    /** Login lookup; works without a congress binding through a definer function. */
    Optional<CurrentUser> findForLogin(String username) {
        return jdbc.sql("select * from identity.account_for_login(?)")
                .param(username)
                .query((rs, n) -> new CurrentUser(
                        rs.getLong("id"),
                        rs.getLong("congress_id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("display_name"),
                        roles(rs.getArray("roles")),
                        (Long) rs.getObject("person_id"),
                        (Long) rs.getObject("unit_id"),
                        rs.getString("street"),
                        rs.getString("locale"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    Optional<String> usernameForToken(String hash) {
        return jdbc.sql("select identity.username_for_token(?)")
                .param(hash)
                .query(String.class)
                .optional()
                .filter(u -> u != null);
    }

    long insert(long congressId, NewAccount a, String hash) {
        // The name registry keeps user names unique across congresses (identity.login_name).
        jdbc.sql("insert into identity.login_name (username, home_congress_id) values (?, ?)")
                .params(a.username().toLowerCase(), congressId)
                .update();
        return jdbc.sql(
                        """
                insert into identity.account (congress_id, username, password_hash, display_name, roles, person_id,
                    unit_id, street, email, password_changed_at)
                values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, now()) returning id""")
                .params(
                        congressId,
                        a.username().toLowerCase(),
                        hash,
                        a.displayName(),
                        rolesLiteral(a.roles()),
                        a.personId(),
                        a.unitId(),
                        a.street(),
                        a.email())
                .query(Long.class)
                .single();
    }

    boolean usernameTaken(String username) {
        return findForLogin(username).isPresent();
    }

    List<AccountView> page(String q, int limit, long offset) {
        return jdbc.sql(
                        """
                select id, username, display_name, roles, person_id, unit_id, street, email, enabled, created_at
                from identity.account
                where congress_id = :congress and (:q = '' or username ilike '%' || :q || '%' or display_name ilike '%' || :q || '%')
                order by username limit :limit offset :offset""")
                .param("congress", TenantContext.orNone())
                .param("q", q == null ? "" : q)
                .param("limit", limit)
                .param("offset", offset)
                .query(AccountRepository::view)
                .list();
    }

    long count(String q) {
        return jdbc.sql(
                        """
                select count(*) from identity.account
                where congress_id = :congress and (:q = '' or username ilike '%' || :q || '%' or display_name ilike '%' || :q || '%')""")
                .param("congress", TenantContext.orNone())
                .param("q", q == null ? "" : q)
                .query(Long.class)
                .single();
    }

    Optional<AccountView> find(long id) {
        return jdbc.sql(
                        """
                select id, username, display_name, roles, person_id, unit_id, street, email, enabled, created_at
                from identity.account where congress_id = ? and id = ?""")
                .param(TenantContext.orNone())
                .param(id)
                .query(AccountRepository::view)
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from identity.account where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(String.class)
                .optional();
    }

    void updatePassword(long id, String hash) {
        jdbc.sql(
                        "update identity.account set password_hash = ?, password_changed_at = now() where congress_id = ? and id = ?")
                .params(hash, TenantContext.orNone(), id)
                .update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update identity.account set enabled = ? where congress_id = ? and id = ?")
                .params(enabled, TenantContext.orNone(), id)
                .update();
    }

    void updateLocale(long id, String locale) {
        jdbc.sql("update identity.account set locale = ? where congress_id = ? and id = ?")
                .params(locale, TenantContext.orNone(), id)
                .update();
    }

    /** The congress's longest token validity in days ({@code fallback} until an administrator sets one). */
    int tokenMaxDays(long congressId, int fallback) {
        return jdbc.sql("select token_max_days from identity.congress_setting where congress_id = ?")
                .param(congressId)
                .query(Integer.class)
                .optional()
                .orElse(fallback);
    }

    void setTokenMaxDays(long congressId, int days, String by) {
        jdbc.sql(
                        """
                insert into identity.congress_setting (congress_id, token_max_days, updated_by) values (?, ?, ?)
                on conflict (congress_id) do update set token_max_days = excluded.token_max_days,
                    updated_at = now(), updated_by = excluded.updated_by""")
                .params(congressId, days, by)
                .update();
    }

    long insertToken(long congressId, long accountId, String name, String hash, String prefix, OffsetDateTime expires) {
        return jdbc.sql(
                        """
                insert into identity.api_token (congress_id, account_id, name, token_hash, prefix, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(congressId, accountId, name, hash, prefix, expires)
                .query(Long.class)
                .single();
    }

    List<ApiTokenView> tokens(long accountId) {
        return jdbc.sql(
                        """
                select id, name, prefix, created_at, expires_at, last_used_at, revoked_at from identity.api_token
                where congress_id = ? and account_id = ? order by created_at desc limit 100""")
                .param(TenantContext.orNone())
                .param(accountId)
                .query((rs, n) -> new ApiTokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    int revokeToken(long accountId, long tokenId) {
        return jdbc.sql(
                        "update identity.api_token set revoked_at = now() where congress_id = ? and id = ? and account_id = ? and revoked_at is null")
                .param(TenantContext.orNone())
                .params(tokenId, accountId)
                .update();
    }

    void touchToken(String hash) {
        jdbc.sql("update identity.api_token set last_used_at = now() where congress_id = ? and token_hash = ?")
                .param(TenantContext.orNone())
                .param(hash)
                .update();
    }

    /** Enabled accounts of the given units or holding one of the roles, grouped by unit and by role (id order). */
    RecipientDirectory recipientDirectory(Long[] unitIds, String[] roles) {
        return recipientDirectory(unitIds, roles, new Long[0]);
    }

    /**
     * Enabled accounts of the given units, holding one of the roles or among the given ids, in one statement,
     * grouped by unit, by role and by id (id order).
     */
    RecipientDirectory recipientDirectory(Long[] unitIds, String[] roles, Long[] accountIds) {
        java.util.Map<Long, List<Recipient>> byUnit = new java.util.HashMap<>();
        java.util.Map<Role, List<Recipient>> byRole = new java.util.EnumMap<>(Role.class);
        java.util.Map<Long, Recipient> byId = new java.util.HashMap<>();
        Set<Long> units = new java.util.HashSet<>(java.util.Arrays.asList(unitIds));
        Set<Long> ids = new java.util.HashSet<>(java.util.Arrays.asList(accountIds));
        jdbc.sql("select id, username, display_name, roles, email, mobile_sealed, locale, unit_id from identity.account"
                        + " where congress_id = ? and enabled and (unit_id = any(?) or roles && ?::text[] or id = any(?))"
                        + " order by id")
                .params(TenantContext.orNone(), unitIds, roles, accountIds)
                .query((java.sql.ResultSet rs) -> {
                    Recipient r = recipient(rs);
                    Long unit = (Long) rs.getObject("unit_id");
                    if (unit != null && units.contains(unit)) {
                        byUnit.computeIfAbsent(unit, u -> new java.util.ArrayList<>())
                                .add(r);
                    }
                    for (String role : roles) {
                        if (r.roles().contains(Role.valueOf(role))) {
                            byRole.computeIfAbsent(Role.valueOf(role), x -> new java.util.ArrayList<>())
                                    .add(r);
                        }
                    }
                    if (ids.contains(r.accountId())) {
                        byId.put(r.accountId(), r);
                    }
                });
        return new RecipientDirectory(byUnit, byRole, byId);
    }

    private Recipient recipient(ResultSet rs) throws SQLException {
        return new Recipient(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                roles(rs.getArray("roles")),
                rs.getString("email"),
                // Sealed at rest; opened only to hand it to the notification outbox.
                personalData.tryOpen(rs.getString("mobile_sealed")).orElse(null),
                rs.getString("locale"));
    }

    List<Recipient> recipients(String where, Object param) {
        return recipientsWhere(where + " order by id limit 500", param);
    }

    /** The enabled accounts among the given ids (no limit: the caller names them). */
    List<Recipient> recipientsByIds(Long[] ids) {
        return recipientsWhere("id = any(?)", ids);
    }

    private List<Recipient> recipientsWhere(String whereAndOrder, Object param) {
        return jdbc.sql(
                        "select id, username, display_name, roles, email, mobile_sealed, locale from identity.account where congress_id = ? and enabled and "
                                + whereAndOrder)
                .params(TenantContext.orNone(), param)
                .query((rs, n) -> recipient(rs))
                .list();
    }

    private static AccountView view(ResultSet rs, int n) throws SQLException {
        return new AccountView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                roles(rs.getArray("roles")),
                (Long) rs.getObject("person_id"),
                (Long) rs.getObject("unit_id"),
                rs.getString("street"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    static Set<Role> roles(Array array) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                roles.add(Role.valueOf((String) o));
            }
        }
        return roles;
    }

    static String rolesLiteral(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
    }
}
