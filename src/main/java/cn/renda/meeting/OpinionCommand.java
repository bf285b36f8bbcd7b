package cn.renda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Command: generate a deliberation opinion from a special work report item, issued to its reporting unit. */
public record OpinionCommand(
        @NotBlank @Size(max = 200) String title, @Size(max = 20000) String content, @NotEmpty List<String> issues) {}
