package cn.renda.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The kept transaction manager of a call is the one Spring's rules give (attribute qualifier, then a type-level
 * {@code @Qualifier}, then the primary manager), call after call.
 */
class KeyedTransactionInterceptorTests {

    private final PlatformTransactionManager main = mock(PlatformTransactionManager.class);
    private final PlatformTransactionManager other = mock(PlatformTransactionManager.class);

    static class Plain {}

    @Qualifier("other")
    static class Special {}

    private DefaultListableBeanFactory beans() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        RootBeanDefinition primary = new RootBeanDefinition(PlatformTransactionManager.class, () -> main);
        primary.setPrimary(true);
        beans.registerBeanDefinition("main", primary);
        beans.registerBeanDefinition("other", new RootBeanDefinition(PlatformTransactionManager.class, () -> other));
        return beans;
    }

    @Test
    void findsTheManagerSpringFindsAndKeepsIt() {
        KeyedTransactionInterceptor keyed = new KeyedTransactionInterceptor();
        keyed.setBeanFactory(beans());
        DefaultTransactionAttribute plain = new DefaultTransactionAttribute();
        DefaultTransactionAttribute named = new DefaultTransactionAttribute();
        named.setQualifier("other");
        for (int i = 0; i < 3; i++) {
            assertThat(keyed.determineTransactionManager(plain, Plain.class)).isSameAs(main);
            assertThat(keyed.determineTransactionManager(plain, Special.class)).isSameAs(other);
            assertThat(keyed.determineTransactionManager(named, Plain.class)).isSameAs(other);
        }
    }
}
