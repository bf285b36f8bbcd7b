/**
 * Supervision: opinions (审议意见 / 监督意见 / 调研意见书) handled by the "123" mechanism (issue within
 * 1 week, handling plan within 2 weeks, result report within 3 months) as a case kind of the handling
 * engine. Its API is {@link cn.renda.supervision.SupervisionFacade}. Depends on handling, calendar,
 * core, identity and organization.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {"calendar", "core", "handling", "identity", "organization"})
package cn.renda.supervision;
