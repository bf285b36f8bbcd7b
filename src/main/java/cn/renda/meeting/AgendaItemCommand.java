package cn.renda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: add an agenda item with its reporting body (a unit) and responsible committee (a body). */
public record AgendaItemCommand(
        @NotNull AgendaItemType type,
        @NotBlank @Size(max = 200) String title,
        Long reportingUnitId,
        Long committeeId) {}
