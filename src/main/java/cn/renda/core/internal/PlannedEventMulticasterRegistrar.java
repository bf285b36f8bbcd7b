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

/**
 * Puts {@link PlannedEventMulticaster} where Spring Modulith's auto-configuration declared its
 * {@link PersistentApplicationEventMulticaster} (same bean name, same registry and environment, looked up when first
 * used as Modulith does). Without Modulith's bean (a slice test) nothing changes.
 */
@Component
class PlannedEventMulticasterRegistrar implements BeanDefinitionRegistryPostProcessor {

    private static final String NAME = AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME;

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!registry.containsBeanDefinition(NAME) || !(registry instanceof BeanFactory beans)) {
            return;
        }
        BeanDefinition declared = registry.getBeanDefinition(NAME);
        if (!(declared instanceof AnnotatedBeanDefinition annotated)
                || annotated.getFactoryMethodMetadata() == null
                || !PersistentApplicationEventMulticaster.class
                        .getName()
                        .equals(annotated.getFactoryMethodMetadata().getReturnTypeName())) {
            return;
        }
        RootBeanDefinition planned = new RootBeanDefinition(
                PlannedEventMulticaster.class,
                () -> new PlannedEventMulticaster(
                        () -> beans.getBean(EventPublicationRegistry.class), () -> beans.getBean(Environment.class)));
        planned.setRole(declared.getRole());
        registry.removeBeanDefinition(NAME);
        registry.registerBeanDefinition(NAME, planned);
    }
}
