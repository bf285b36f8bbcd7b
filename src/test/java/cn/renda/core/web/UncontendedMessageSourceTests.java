package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Messages with arguments are formatted with a copy of the cached format per thread, never one shared format. */
class UncontendedMessageSourceTests {

    private final UncontendedMessageSource messages = new UncontendedMessageSource();

    UncontendedMessageSourceTests() {
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void eachThreadFormatsWithItsOwnCopySoNoTwoRequestsLockTheSameOne() throws Exception {
        var first = messages.resolveCode("layout.waitingCount", Locale.ENGLISH);
        var again = messages.resolveCode("layout.waitingCount", Locale.ENGLISH);
        assertThat(first).isNotNull().as("one copy per thread, not per call").isSameAs(again);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            var elsewhere = other.submit(() -> messages.resolveCode("layout.waitingCount", Locale.ENGLISH))
                    .get();
            assertThat(elsewhere).isNotSameAs(first);
            assertThat(elsewhere.toPattern()).isEqualTo(first.toPattern());
        } finally {
            other.shutdownNow();
        }
        assertThat(messages.resolveCode("layout.waitingCount", Locale.SIMPLIFIED_CHINESE))
                .isNotSameAs(first);
        assertThat(messages.resolveCode("no.such.key", Locale.ENGLISH)).isNull();
    }

    @Test
    void messagesFormattedOnManyThreadsAtOnceEachGetTheirOwnArgument() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int base = t * 10_000;
                results.add(pool.submit(() -> {
                    for (int i = base; i < base + 2_000; i++) {
                        String s = messages.getMessage("layout.waitingCount", new Object[] {i}, Locale.ENGLISH);
                        if (!s.equals(", " + String.format(Locale.ENGLISH, "%,d", i) + " waiting")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void messagesWithoutArgumentsAndChineseTextReadAsBefore() {
        assertThat(messages.getMessage("layout.waitingCount", new Object[] {3}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(",3 项待处理");
        assertThat(messages.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(
                        new org.springframework.context.support.ResourceBundleMessageSource() {
                            {
                                setBasenames("i18n/messages");
                                setDefaultEncoding("UTF-8");
                                setFallbackToSystemLocale(false);
                            }
                        }.getMessage("app.name", null, Locale.SIMPLIFIED_CHINESE));
    }
}
