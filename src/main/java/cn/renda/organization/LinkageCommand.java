package cn.renda.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Command: set an SC member's committee, discussion group and fixed-linked deputies. */
public record LinkageCommand(
        @NotNull Long memberId, Long committeeId, @Size(max = 60) String discussionGroup, List<Long> deputyIds) {}
