package cn.renda.organization;

import java.time.LocalDate;

/**
 * One role of a person over time; {@code validTo} is the first day the role no longer holds (null =
 * open). Only the fields of the role's kind are set.
 */
public record RoleView(
        long id,
        long personId,
        RoleKind kind,
        LocalDate validFrom,
        LocalDate validTo,
        boolean current,
        DeputyLevel deputyLevel,
        String constituency,
        Long streetId,
        String streetName,
        Integer term,
        ScPosition scPosition,
        Long bodyId,
        String bodyName,
        Long unitId,
        String unitName,
        String title) {}
