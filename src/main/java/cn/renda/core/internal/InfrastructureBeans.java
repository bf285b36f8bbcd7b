package cn.renda.core.internal;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.support.PersistentApplicationEventMulticaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Puts the application's leaner variants where the frameworks' auto-configuration declared two infrastructure beans,
 * under the same names and with the same collaborators: {@link PlannedEventMulticaster} for Spring Modulith's
 * {@link PersistentApplicationEventMulticaster} (registry and environment looked up when first used, as Modulith
 * does) and {@link KeyedTransactionInterceptor} for Spring's {@link TransactionInterceptor} (the same attribute
 * source; no {@code TransactionManagementConfigurer} exists, so the manager is found as Spring finds it). A bean
 * declared otherwise (a slice test, another configuration) is left as it is.
 */
@Component
class InfrastructureBeans implements BeanDefinitionRegistryPostProcessor {

    private static final String MULTICASTER = AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME;
    private static final String INTERCEPTOR = "transactionInterceptor";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!(registry instanceof BeanFactory beans)) {
            return;
        }
        replace(
                registry,
                MULTICASTER,
                PersistentApplicationEventMulticaster.class,
                new RootBeanDefinition(
                        PlannedEventMulticaster.class,
                        () -> new PlannedEventMulticaster(
                                () -> beans.getBean(EventPublicationRegistry.class),
                                () -> beans.getBean(Environment.class))));
        replace(
                registry,
                INTERCEPTOR,
                TransactionInterceptor.class,
                new RootBeanDefinition(KeyedTransactionInterceptor.class, () -> {
                    KeyedTransactionInterceptor interceptor = new KeyedTransactionInterceptor();
                    interceptor.setTransactionAttributeSource(beans.getBean(TransactionAttributeSource.class));
                    return interceptor;
                }));
    }

    /** Replaces the bean {@code name} when a configuration's factory method declared it as {@code declaredType}. */
    private static void replace(
            BeanDefinitionRegistry registry, String name, Class<?> declaredType, RootBeanDefinition replacement) {
        if (!registry.containsBeanDefinition(name)) {
            return;
        }
        BeanDefinition declared = registry.getBeanDefinition(name);
        if (!(declared instanceof AnnotatedBeanDefinition annotated)
                || annotated.getFactoryMethodMetadata() == null
                || !declaredType
                        .getName()
                        .equals(annotated.getFactoryMethodMetadata().getReturnTypeName())) {
            return;
        }
        replacement.setRole(declared.getRole());
        registry.removeBeanDefinition(name);
        registry.registerBeanDefinition(name, replacement);
    }
}
