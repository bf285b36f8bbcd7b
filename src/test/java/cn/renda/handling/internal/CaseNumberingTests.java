package cn.renda.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.NumberContext;
import cn.renda.handling.NumberFormat;
import java.util.Map;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class CaseNumberingTests {

    private static LongFunction<String> of(NumberFormat format) {
        return CaseNumbering.of(format, n -> new NumberContext("江夏区", 2026, n, null, Map.of()));
    }

    @Test
    void theStandardFormatIsAPrefixTheDigitsAndASuffix() {
        String[] around = CaseNumbering.around(of(NumberFormat.standard(c -> "建议")));
        assertThat(around).containsExactly("江夏人大〔2026〕建议第", "号");
    }

    @Test
    void aPaddedSequenceIsNotTakenForPlainDigits() {
        assertThat(CaseNumbering.around(of(c -> "整改第" + String.format("%04d", c.sequence()) + "号")))
                .isNull();
    }

    @Test
    void aFormatThatRepeatsTheSequenceOrLeavesItOutFallsBack() {
        assertThat(CaseNumbering.around(of(c -> c.sequence() + "-" + c.sequence())))
                .isNull();
        assertThat(CaseNumbering.around(of(c -> "无号"))).isNull();
    }
}
