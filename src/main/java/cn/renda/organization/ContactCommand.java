package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: log a contact of {@code personId} with a deputy ({@code counterpartId}) or with voters. */
public record ContactCommand(
        @NotNull Long personId,
        Long counterpartId,
        @Size(max = 200) String voters,
        @NotNull @PastOrPresent LocalDate date,
        @NotNull ContactChannel channel,
        @NotBlank @Size(max = 2000) String summary) {}
