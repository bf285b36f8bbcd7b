package cn.renda.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.AbstractApplicationEventMulticaster;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.modulith.events.core.ConditionalEventListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;

/** The planned multicaster delivers exactly what Spring Modulith's own does, event after event. */
class PlannedEventMulticasterTests {

    private final EventPublicationRegistry registry = mock(EventPublicationRegistry.class);
    private final List<String> delivered = new ArrayList<>();

    private final class Texts implements ApplicationListener<PayloadApplicationEvent<String>> {
        @Override
        public void onApplicationEvent(PayloadApplicationEvent<String> event) {
            delivered.add("text " + event.getPayload());
        }
    }

    private final class Numbers implements ApplicationListener<PayloadApplicationEvent<Integer>> {
        @Override
        public void onApplicationEvent(PayloadApplicationEvent<Integer> event) {
            delivered.add("number " + event.getPayload());
        }
    }

    private final class Everything implements ApplicationListener<ApplicationEvent> {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            delivered.add("any "
                    + (event instanceof PayloadApplicationEvent<?> p
                            ? p.getPayload()
                            : event.getClass().getSimpleName()));
        }
    }

    /** Takes only texts starting with "k" (Modulith asks {@code supports} per event). */
    private final class KTexts
            implements ApplicationListener<PayloadApplicationEvent<String>>, ConditionalEventListener {
        @Override
        public void onApplicationEvent(PayloadApplicationEvent<String> event) {
            delivered.add("k " + event.getPayload());
        }

        @Override
        public boolean supports(Object event) {
            return event instanceof String s && s.startsWith("k");
        }
    }

    private static final class Ping extends ApplicationEvent {
        Ping(Object source) {
            super(source);
        }
    }

    private PlannedEventMulticaster planned() {
        return new PlannedEventMulticaster(() -> registry, StandardEnvironment::new);
    }

    private void publish(AbstractApplicationEventMulticaster multicaster, Object... events) {
        for (Object e : events) {
            multicaster.multicastEvent(
                    e instanceof ApplicationEvent a ? a : new PayloadApplicationEvent<>(this, e), null);
        }
    }

    @Test
    void deliversWhatModulithsMulticasterDeliversInTheSameOrder() {
        List<List<String>> runs = new ArrayList<>();
        for (AbstractApplicationEventMulticaster m : List.<AbstractApplicationEventMulticaster>of(
                new PersistentApplicationEventMulticaster(() -> registry, StandardEnvironment::new), planned())) {
            delivered.clear();
            m.addApplicationListener(new Everything());
            m.addApplicationListener(new Texts());
            m.addApplicationListener(new Numbers());
            publish(m, "a", 1, "b", new Ping(this), 2, "c");
            runs.add(List.copyOf(delivered));
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(1))
                .containsExactly(
                        "any a",
                        "text a",
                        "any 1",
                        "number 1",
                        "any b",
                        "text b",
                        "any Ping",
                        "any 2",
                        "number 2",
                        "any c",
                        "text c");
    }

    @Test
    void aListenerAddedLaterHearsTheNextEventsOfAPlannedType() {
        PlannedEventMulticaster m = planned();
        m.addApplicationListener(new Texts());
        publish(m, "a");
        m.addApplicationListener(new Numbers());
        publish(m, 1, "b");
        m.removeAllListeners();
        publish(m, "c");
        assertThat(delivered).containsExactly("text a", "number 1", "text b");
    }

    @Test
    void aConditionalListenerIsAskedForEveryEvent() {
        PlannedEventMulticaster m = planned();
        m.addApplicationListener(new KTexts());
        m.addApplicationListener(new Texts());
        publish(m, "a", "kb", "c", "kd");
        assertThat(delivered).containsExactly("text a", "k kb", "text kb", "text c", "k kd", "text kd");
    }

    @Test
    void anAfterCommitListenerKeepsItsPublicationForEveryEvent() {
        PlannedEventMulticaster m = planned();
        var afterCommit = (TransactionalApplicationListenerAdapter<?>) TransactionalApplicationListener.forPayload(
                TransactionPhase.AFTER_COMMIT, (String s) -> delivered.add("committed " + s));
        afterCommit.setListenerId("committed-texts");
        m.addApplicationListener(afterCommit);
        m.addApplicationListener(new Texts());
        publish(m, "a", "b");
        verify(registry, times(2)).store(any(), any());
        assertThat(delivered).containsExactly("text a", "text b"); // no transaction: the after-commit one waits
    }
}
