package cn.renda.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sort keys become valid ORDER BY expressions whatever shape the whitelisted expression has. */
class PageRequestOrderTests {

    private static final Map<String, String> SORTS = Map.of(
            "name", "p.name",
            "kind", "m.kind, m.starts_at desc",
            "employer", "p.employer nulls last",
            "street", "s.name nulls last, p.name",
            "fixed", "a.at desc, a.id");

    private static String order(String key, boolean descending) {
        return new PageRequest(0, 20, key, descending).orderBy(SORTS, "p.id");
    }

    @Test
    void aPlainColumnGetsTheDirection() {
        assertThat(order("name", false)).isEqualTo("p.name ASC");
        assertThat(order("name", true)).isEqualTo("p.name DESC");
    }

    @Test
    void theDirectionGoesOnTheFirstTermAndTieBreakersKeepTheirOwn() {
        assertThat(order("kind", true)).isEqualTo("m.kind DESC, m.starts_at desc");
    }

    @Test
    void theDirectionGoesBeforeNullsLast() {
        assertThat(order("employer", true)).isEqualTo("p.employer DESC nulls last");
        assertThat(order("street", false)).isEqualTo("s.name ASC nulls last, p.name");
    }

    @Test
    void aFirstTermWithItsOwnDirectionStaysAsWritten() {
        assertThat(order("fixed", false)).isEqualTo("a.at desc, a.id");
    }

    @Test
    void anUnknownKeyFallsBackToTheDefault() {
        assertThat(order("1; drop table x", true)).isEqualTo("p.id");
    }
}
