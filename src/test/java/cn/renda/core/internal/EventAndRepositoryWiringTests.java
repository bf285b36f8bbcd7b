package cn.renda.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.stereotype.Repository;

/**
 * The application's events go through the planned multicaster, its transactions through the keyed interceptor, and its
 * repositories are called without a proxy: no
 * exception translator exists that the proxy could apply (JdbcClient translates SQL errors itself).
 */
class EventAndRepositoryWiringTests extends FullStackTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eventsGoThroughThePlannedMulticasterAndTransactionsThroughTheKeyedInterceptor() {
        assertThat(context.getBean("applicationEventMulticaster")).isInstanceOf(PlannedEventMulticaster.class);
        assertThat(context.getBean("transactionInterceptor")).isInstanceOf(KeyedTransactionInterceptor.class);
    }

    @Test
    void repositoriesAreNotProxiedAndNoExceptionTranslatorIsLeftOut() {
        assertThat(context.getBeansOfType(PersistenceExceptionTranslator.class)).isEmpty();
        var repositories = context.getBeansWithAnnotation(Repository.class);
        assertThat(repositories).containsKey("handlingRepository").hasSizeGreaterThan(20);
        repositories.forEach(
                (name, bean) -> assertThat(AopUtils.isAopProxy(bean)).as(name).isFalse());
    }
}
