package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Command: create or update a deputy group with its members (deputy person ids); null professional = false. */
public record GroupCommand(
        @NotBlank @Size(max = 100) String name,
        Long streetId,
        Boolean professional,
        Long stationId,
        List<Long> memberIds) {

    public GroupCommand {
        professional = Boolean.TRUE.equals(professional);
    }
}
