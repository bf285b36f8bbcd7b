package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Command: create a deputy (a person with a DEPUTY role) or update one. A null phone on update keeps
 * the stored number; a null {@code since} means today; a group id adds the deputy to that group.
 */
public record DeputyCommand(
        @NotBlank @Size(max = 60) String name,
        Gender gender,
        @Size(max = 200) String employer,
        @Pattern(regexp = "[0-9+\\- ]{0,20}") String phone,
        @NotNull DeputyLevel level,
        @Size(max = 100) String constituency,
        Long streetId,
        @Positive Integer term,
        LocalDate since,
        Long groupId) {}
