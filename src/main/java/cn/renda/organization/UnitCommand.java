package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: create or update a handling unit; a null phone on update keeps the stored number. */
public record UnitCommand(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 40) String shortName,
        @NotNull UnitType type,
        Long streetId,
        @Size(max = 200) String address,
        @Pattern(regexp = "[0-9+\\- ]{0,20}") String phone) {}
