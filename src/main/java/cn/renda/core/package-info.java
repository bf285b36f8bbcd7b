/**
 * Core: the tenant (congress) context, paging, domain errors rendered as problem+json, i18n and the
 * database plumbing (embedded PostgreSQL, tenant binding per transaction). Every module may use it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Core",
        allowedDependencies = {})
package cn.renda.core;
