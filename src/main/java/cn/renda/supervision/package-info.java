/**
 * Supervision: opinions (审议意见 / 监督意见 / 调研意见书) handled by the "123" mechanism (issue within
 * 1 week, handling plan within 2 weeks, result report within 3 months) as a case kind of the handling
 * engine; the annual supervision plan, inspections and research (with research reports, instructions and
 * surveys), law-enforcement inspections and the collective evaluation of handling reports (监督法 第十七条),
 * whose findings become cases of the engine (opinion letters, rectification problems). Its API is
 * {@link cn.renda.supervision.SupervisionFacade}, {@link cn.renda.supervision.SupervisionPlanFacade},
 * {@link cn.renda.supervision.InspectionFacade}, {@link cn.renda.supervision.EnforcementFacade} and
 * {@link cn.renda.supervision.CollectiveEvaluationFacade}; meetings are reached through the
 * {@link cn.renda.supervision.MeetingDirectory} SPI that the meeting module implements (meetings depend
 * on supervision, not the other way). Depends on handling, calendar, core, identity and organization.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {"calendar", "core", "core :: web", "handling", "identity", "organization"})
package cn.renda.supervision;
