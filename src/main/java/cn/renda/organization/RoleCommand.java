package cn.renda.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Command: give a person a role. Per kind: DEPUTY needs a level (constituency, street, term optional);
 * SC_MEMBER a position (committee optional); STAFF a body; UNIT_OFFICER and APPOINTEE a unit (title =
 * position, validFrom = appointment date).
 */
public record RoleCommand(
        @NotNull RoleKind kind,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        DeputyLevel deputyLevel,
        @Size(max = 100) String constituency,
        Long streetId,
        @Positive Integer term,
        ScPosition scPosition,
        Long bodyId,
        Long unitId,
        @Size(max = 100) String title) {}
