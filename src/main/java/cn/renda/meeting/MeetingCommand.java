package cn.renda.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * Command: plan or edit a meeting. Times are local to Asia/Shanghai. An SC meeting without a number gets
 * the next number of the term; a blank title of an SC meeting becomes 江夏区第X届人大常委会第N次会议.
 */
public record MeetingCommand(
        @NotNull MeetingKind kind,
        @Positive Integer number,
        @Size(max = 200) String title,
        @NotNull LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Size(max = 200) String place,
        @Size(max = 100) String convener) {}
