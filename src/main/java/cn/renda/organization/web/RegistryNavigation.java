package cn.renda.organization.web;

import cn.renda.core.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's entry in the main navigation, for every signed-in user. */
@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

    @Bean
    NavigationItem registryNavigationItem() {
        return new NavigationItem("organization.nav", "/registry", 20, Set.of());
    }
}
