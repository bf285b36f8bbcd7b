/**
 * Supervision: opinions (审议意见 / 监督意见 / 调研意见书) handled by the "123" mechanism (issue within
 * 1 week, handling plan within 2 weeks, result report within 3 months) as a case kind of the handling
 * engine; the annual supervision plan, inspections and research (with research reports, instructions and
 * surveys), law-enforcement inspections, special inquiries (专题询问, {@code supervision.inquiry}) with their
 * problem lists, and the collective evaluation of handling reports (监督法 第十七条), whose findings become
 * cases of the engine (opinion letters, rectification problems, inquiry problems). Its API is
 * {@link cn.renda.supervision.SupervisionFacade}, {@link cn.renda.supervision.SupervisionPlanFacade},
 * {@link cn.renda.supervision.InspectionFacade}, {@link cn.renda.supervision.EnforcementFacade},
 * {@link cn.renda.supervision.CollectiveEvaluationFacade} and
 * {@link cn.renda.supervision.inquiry.SpecialInquiryFacade}; meetings are reached through the
 * {@link cn.renda.supervision.MeetingDirectory} and {@link cn.renda.supervision.InquiryAgenda} SPIs that the
 * meeting module implements (meetings depend on supervision, not the other way). Depends on handling,
 * calendar, core, identity and organization.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {"calendar", "core", "core :: web", "handling", "identity", "organization"})
package cn.renda.supervision;
