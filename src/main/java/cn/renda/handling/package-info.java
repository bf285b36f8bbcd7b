/**
 * The handling engine (办理引擎): cases of the kinds that mechanism modules register, assignments to
 * handling units, clocks on the congress calendar, transitions, replies, evaluations, supervision marks
 * and a hash-chained timeline. Its API is {@link cn.renda.handling.HandlingFacade}, the kind SPI
 * {@link cn.renda.handling.CaseKind} and the past-tense event records; the mechanics live in
 * {@code cn.renda.handling.internal}. It depends on core, calendar,
 * identity and organization, never on a mechanism module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Handling engine",
        allowedDependencies = {"calendar", "core", "core :: web", "identity", "organization"})
package cn.renda.handling;
