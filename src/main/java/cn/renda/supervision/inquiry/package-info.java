/**
 * Special inquiries (专题询问) in five steps: 查 research teams and their visits, 研 the problem list by
 * category (importable from Excel), 究 the handover meeting that assigns every problem as a case, 督
 * rectification with close-out (销号) and the closure rate against a threshold, 问 the inquiry meeting's
 * questions, answers and evaluations, and the 监督法 第五十条 follow-up report as a clock. The API is
 * {@link cn.renda.supervision.inquiry.SpecialInquiryFacade}; the engine is called only through
 * {@code InquiryCases}.
 */
package cn.renda.supervision.inquiry;
