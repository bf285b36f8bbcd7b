/**
 * Suggestions and motions (议案建议) after the seed's 两前移一闭环: deputies submit with their basis and
 * co-signers (提有据), staff review with the 深实细准效 checklist, register, merge similar ones and assign
 * them to units with suggested units (办有方), units record their contact with the deputy and reply,
 * deputies evaluate, and key suggestions, bi-monthly tracking, year-end evaluation and the handling report
 * close the loop (督有效). Cases run on the handling engine as kinds SUGGESTION and MOTION. Its API is
 * {@link cn.renda.suggestion.SuggestionFacade} (with {@code SuggestionReports} and {@code SuggestionInspections});
 * the mechanics live in {@code cn.renda.suggestion.internal}, one class per section. Depends on handling,
 * search, organization, identity, calendar and core.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Suggestions and motions",
        allowedDependencies = {
            "calendar",
            "core",
            "core :: web",
            "handling",
            "identity",
            "notification",
            "organization",
            "search"
        })
package cn.renda.suggestion;
