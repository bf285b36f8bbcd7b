package cn.renda.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.core.ConditionalEventListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.util.ReflectionUtils;

/**
 * Spring Modulith's multicaster with its listener look-up planned once per event type. Modulith filters every
 * listener of every event again on each publication (each listener's {@code shouldHandle}, then the transactional
 * ones sorted) — 5 % of the engine threads' CPU in a lifecycle of ≈ 10 events. For an event type whose listeners
 * have no condition and none of which is an after-commit transactional listener (the only ones Modulith records a
 * publication for), the listeners found for the first event of a type are the listeners of every later one: they are kept
 * per event type and called directly, in the same order. Any other event (a listener with a condition, an
 * after-commit listener) takes Modulith's own path unchanged, publication registry included. Adding or removing a
 * listener forgets every plan.
 */
class PlannedEventMulticaster extends PersistentApplicationEventMulticaster {

    /** A plan: the event type's listeners in call order, or {@link #UNPLANNED}. */
    private final Map<Key, List<ApplicationListener<?>>> plans = new ConcurrentHashMap<>();

    private static final List<ApplicationListener<?>> UNPLANNED = List.of();

    private static final java.lang.reflect.Method CONDITION =
            ReflectionUtils.findMethod(ApplicationListenerMethodAdapter.class, "getCondition");

    static {
        if (CONDITION != null) {
            ReflectionUtils.makeAccessible(CONDITION);
        }
    }

    /** An event's type (with its payload's) and its source's class: what listener matching reads. */
    private record Key(ResolvableType type, Class<?> source) {}

    PlannedEventMulticaster(Supplier<EventPublicationRegistry> registry, Supplier<Environment> environment) {
        super(registry, environment);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void multicastEvent(ApplicationEvent event, ResolvableType eventType) {
        ResolvableType type = eventType == null ? ResolvableType.forInstance(event) : eventType;
        // keyed as Spring's own listener cache is (the event's type and its source's class)
        Key key = new Key(
                type, event.getSource() == null ? null : event.getSource().getClass());
        List<ApplicationListener<?>> plan = plans.get(key);
        if (plan == null) {
            plan = plan(event, type);
            plans.putIfAbsent(key, plan);
        }
        if (plan == UNPLANNED) {
            super.multicastEvent(event, type);
            return;
        }
        for (ApplicationListener listener : plan) {
            listener.onApplicationEvent(event);
        }
    }

    /** The listeners Modulith finds for this event, when they are the same for every event of its class. */
    private List<ApplicationListener<?>> plan(ApplicationEvent event, ResolvableType type) {
        Class<?> source = event.getSource() == null ? null : event.getSource().getClass();
        for (ApplicationListener<?> candidate : getApplicationListeners()) {
            if (supportsEvent(candidate, type, source) && !unconditional(candidate)) {
                return UNPLANNED; // its match depends on the event itself
            }
        }
        Collection<ApplicationListener<?>> listeners = getApplicationListeners(event, type);
        for (ApplicationListener<?> listener : listeners) {
            if (listener instanceof TransactionalApplicationListener<?> t
                    && t.getTransactionPhase() == TransactionPhase.AFTER_COMMIT) {
                return UNPLANNED; // Modulith records a publication for it
            }
        }
        return List.copyOf(listeners);
    }

    /** Whether the listener's match depends on the event's type alone (no SpEL condition, not Modulith-conditional). */
    private static boolean unconditional(ApplicationListener<?> listener) {
        if (listener instanceof ConditionalEventListener) {
            return false;
        }
        if (listener instanceof ApplicationListenerMethodAdapter adapter) {
            if (CONDITION == null) {
                return false;
            }
            Object condition = ReflectionUtils.invokeMethod(CONDITION, adapter);
            return condition == null || condition.toString().isBlank();
        }
        return true;
    }

    @Override
    public void addApplicationListener(ApplicationListener<?> listener) {
        super.addApplicationListener(listener);
        plans.clear();
    }

    @Override
    public void addApplicationListenerBean(String listenerBeanName) {
        super.addApplicationListenerBean(listenerBeanName);
        plans.clear();
    }

    @Override
    public void removeApplicationListener(ApplicationListener<?> listener) {
        super.removeApplicationListener(listener);
        plans.clear();
    }

    @Override
    public void removeApplicationListenerBean(String listenerBeanName) {
        super.removeApplicationListenerBean(listenerBeanName);
        plans.clear();
    }

    @Override
    public void removeApplicationListeners(Predicate<ApplicationListener<?>> predicate) {
        super.removeApplicationListeners(predicate);
        plans.clear();
    }

    @Override
    public void removeApplicationListenerBeans(Predicate<String> predicate) {
        super.removeApplicationListenerBeans(predicate);
        plans.clear();
    }

    @Override
    public void removeAllListeners() {
        super.removeAllListeners();
        plans.clear();
    }
}
