package cn.renda.core.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Spring's transaction interceptor with the transaction manager of a call kept per qualifier and target class.
 * Spring looks the manager up again on every transactional call, and without a qualifier on the attribute that look-up
 * scans the target class for a type-level {@code @Qualifier} (3 % of the engine threads' CPU in a case step: every
 * facade call of a step is transactional). The answer depends on the qualifier, the class and the beans only, so the
 * first answer is the answer.
 */
class KeyedTransactionInterceptor extends TransactionInterceptor {

    private final Map<Key, TransactionManager> managers = new ConcurrentHashMap<>();

    private record Key(String qualifier, Class<?> target) {}

    @Override
    protected TransactionManager determineTransactionManager(TransactionAttribute attribute, Class<?> target) {
        if (attribute == null || target == null) {
            return super.determineTransactionManager(attribute, target);
        }
        Key key = new Key(attribute.getQualifier(), target);
        TransactionManager manager = managers.get(key);
        if (manager == null) {
            manager = super.determineTransactionManager(attribute, target);
            if (manager != null) {
                managers.putIfAbsent(key, manager);
            }
        }
        return manager;
    }
}
