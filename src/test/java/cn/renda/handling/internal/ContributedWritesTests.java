package cn.renda.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.handling.CaseBatch;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A contributed write joins the engine's batch with its values; the new number is read when the write runs. */
class ContributedWritesTests {

    @Test
    void theNumberIsReadFromTheTransactionsSettingAndTheOtherValuesKeepTheirOrder() {
        StepWrites writes = new StepWrites();
        CaseBatch batch = ContributedWrites.batch(writes, 7L, 42L, true);
        batch.add("update m.t set n = ?, s = ? where congress_id = ? and id = ?", CaseBatch.NUMBER, "X", 7L, 9L);
        // no sub-select (Citus refuses one inside INSERT … VALUES) and no value the client binds after the number
        assertThat(writes.text())
                .isEqualTo("update m.t set n = current_setting('app.new_case_number'), s = ? where congress_id = ?"
                        + " and id = ?");
        assertThat(writes.values()).containsExactly("X", 7L, 9L);
        assertThat(writes.size()).isEqualTo(1);
    }

    @Test
    void aStepsBatchHasNoNewNumberAndPlaceholdersMustMatchTheValues() {
        StepWrites writes = new StepWrites();
        CaseBatch step = ContributedWrites.batch(writes, 7L, 42L, false);
        assertThatThrownBy(() -> step.add("update m.t set n = ? where id = ?", CaseBatch.NUMBER, 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> step.add("update m.t set n = ? where id = ?", "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> step.add("update m.t set n = ?", "a", "b"))
                .isInstanceOf(IllegalArgumentException.class);
        step.add(
                "update m.t set s = ? where congress_id = ? and case_id = ?",
                Arrays.asList("S", 7L, 42L).toArray());
        assertThat(writes.size()).isEqualTo(1);
        assertThat(writes.values()).containsExactly("S", 7L, 42L);
    }
}
