package cn.renda.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockState;
import cn.renda.handling.Colour;
import cn.renda.handling.Proposer;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.ResultClass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The snapshot's lists, as PostgreSQL's {@code json_agg(json_build_array(…))} writes them, read into the records. */
class SnapshotRowsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void clockRowsKeepNullsNumbersBooleansDatesAndLeads() {
        String text =
                """
                [[7, 31, 12, "ACCEPT", "ASSIGN", "2026-12-07", 5, "WORKING_DAYS", "2026-12-14", "2026-12-10", \
                "2 WORKING_DAYS", "RUNNING", null, null, false, 0, "GREEN"], \
                [8, null, null, "REPLY", "ASSIGN", "2026-12-07", 3, "MONTHS", "2027-03-07", "2027-02-20", \
                "10 WORKING_DAYS,5 WORKING_DAYS", "MET", null, "2026-12-08", true, 2, "YELLOW"]]""";
        List<ClockRow> clocks = SnapshotRows.list(json, text, a -> SnapshotRows.clock(99, a));
        assertThat(clocks).hasSize(2);
        ClockRow accept = clocks.get(0);
        assertThat(accept.id()).isEqualTo(7);
        assertThat(accept.caseId()).isEqualTo(99);
        assertThat(accept.assignmentId()).isEqualTo(31L);
        assertThat(accept.unitId()).isEqualTo(12L);
        assertThat(accept.name()).isEqualTo(ClockName.ACCEPT);
        assertThat(accept.anchorDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(accept.length()).isEqualTo(new Length(5, LengthUnit.WORKING_DAYS));
        assertThat(accept.reminderLeads()).containsExactly(new Length(2, LengthUnit.WORKING_DAYS));
        assertThat(accept.state()).isEqualTo(ClockState.RUNNING);
        assertThat(accept.pausedOn()).isNull();
        assertThat(accept.metOn()).isNull();
        assertThat(accept.metLate()).isFalse();
        assertThat(accept.notified()).isEqualTo(Colour.GREEN);
        ClockRow reply = clocks.get(1);
        assertThat(reply.assignmentId()).isNull();
        assertThat(reply.unitId()).isNull();
        assertThat(reply.reminderLeads()).hasSize(2);
        assertThat(reply.metOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(reply.metLate()).isTrue();
        assertThat(reply.extensions()).isEqualTo(2);
        assertThat(reply.notified()).isEqualTo(Colour.YELLOW);
    }

    @Test
    void textWithEscapesAndTimestampsReadAsWritten() {
        String text =
                """
                [[3, "RESULT", 12, "12处已\\"全部\\"修复\\n第二行 \\u00e9", "A", true, 41, \
                "2026-12-07T20:47:25.123456+00:00"]]""";
        List<ReplyView> replies = SnapshotRows.list(json, text, SnapshotRows::reply);
        assertThat(replies)
                .containsExactly(new ReplyView(
                        3,
                        ReplyType.RESULT,
                        12L,
                        "12处已\"全部\"修复\n第二行 é",
                        ResultClass.A,
                        true,
                        41,
                        OffsetDateTime.of(2026, 12, 7, 20, 47, 25, 123_456_000, ZoneOffset.UTC)));
    }

    @Test
    void noListIsEmptyAndProposersKeepTheirNulls() {
        assertThat(SnapshotRows.list(json, null, SnapshotRows::proposer)).isEmpty();
        assertThat(SnapshotRows.list(json, "[]", SnapshotRows::proposer)).isEmpty();
        assertThat(SnapshotRows.list(json, "[[5, null, \"刘春燕\"], [null, 9, \"张伟\"]]", SnapshotRows::proposer))
                .containsExactly(new Proposer(5L, null, "刘春燕"), new Proposer(null, 9L, "张伟"));
    }

    @Test
    void policiesByClock() {
        var policies = SnapshotRows.policies(
                json, "[[\"REPLY\", 3, \"MONTHS\", \"10 WORKING_DAYS\"], [\"ISSUE\", 5, \"WORKING_DAYS\", \"\"]]");
        assertThat(policies).containsOnlyKeys(ClockName.REPLY, ClockName.ISSUE);
        assertThat(policies.get(ClockName.REPLY).length()).isEqualTo(new Length(3, LengthUnit.MONTHS));
        assertThat(policies.get(ClockName.ISSUE).reminderLeads()).isEmpty();
    }

    @Test
    void aNestedValueOrNotAListIsRefused() {
        assertThatThrownBy(() -> SnapshotRows.list(json, "[[1, [2]]]", a -> a))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SnapshotRows.list(json, "{\"a\": 1}", a -> a))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SnapshotRows.list(json, "[1, 2]", a -> a)).isInstanceOf(IllegalStateException.class);
    }
}
