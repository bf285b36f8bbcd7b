package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: create or update a person; a null phone on update keeps the stored number. */
public record PersonCommand(
        @NotBlank @Size(max = 60) String name,
        Gender gender,
        @Size(max = 200) String employer,
        @Pattern(regexp = "[0-9+\\- ]{0,20}") String phone,
        Long streetId) {}
