/**
 * Supervision: opinions (审议意见 / 监督意见 / 调研意见书) handled by the "123" mechanism (issue within
 * 1 week, handling plan within 2 weeks, result report within 3 months) as a case kind of the handling
 * engine, and special inquiries (专题询问, {@code supervision.inquiry}) with their problem lists handled as
 * cases. Its API is {@link cn.renda.supervision.SupervisionFacade} and
 * {@link cn.renda.supervision.inquiry.SpecialInquiryFacade}; the meeting module answers
 * {@link cn.renda.supervision.InquiryAgenda}. Depends on handling, calendar, core, identity and organization.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {"calendar", "core", "core :: web", "handling", "identity", "organization"})
package cn.renda.supervision;
