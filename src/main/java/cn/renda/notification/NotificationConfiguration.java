package cn.renda.notification;

import cn.renda.core.NavigationItem;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default SMS port and the inbox's navigation entry. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SmsSender smsSender() {
        return new LoggingSmsSender();
    }

    @Bean
    NavigationItem inboxNavigation() {
        return new NavigationItem("nav.inbox", "/inbox", 20, Set.of());
    }
}
