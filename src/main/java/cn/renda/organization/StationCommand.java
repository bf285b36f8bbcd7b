package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Command: create or update a station; studios need a kind, other stations have none. */
public record StationCommand(
        @NotNull StationType type,
        StudioKind studioKind,
        @NotBlank @Size(max = 100) String name,
        @NotNull Long streetId,
        @Size(max = 200) String address,
        @Size(max = 500) String receptionSchedule,
        List<Long> deputyIds) {}
