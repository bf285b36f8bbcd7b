/**
 * Identity and access: accounts with roles in one congress, form login, HTTP Basic and personal API
 * tokens, password hashing and throttling, and the binding of the signed-in user's congress to the
 * database session. Its API is {@link cn.renda.identity.CurrentUser}, {@link cn.renda.identity.Role}
 * and {@link cn.renda.identity.AccountFacade}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"core"})
package cn.renda.identity;
