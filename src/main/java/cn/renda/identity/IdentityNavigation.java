package cn.renda.identity;

import cn.renda.core.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem accountsNavigation() {
        return new NavigationItem("nav.admin.accounts", "/admin/accounts", 900, Set.of(Role.ADMIN.name()));
    }
}
