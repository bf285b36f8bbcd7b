package cn.renda.handling.web;

import cn.renda.core.NavigationItem;
import cn.renda.identity.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The handling pages' entries in the main navigation: my to-dos first for everyone, cases, the board. */
@Configuration(proxyBeanMethods = false)
class HandlingPagesConfiguration {

    @Bean
    NavigationItem todoNavigation() {
        return new NavigationItem("nav.handling.todo", "/todo", 1, Set.of());
    }

    @Bean
    NavigationItem casesNavigation() {
        return new NavigationItem("nav.handling.cases", "/cases", 20, Set.of());
    }

    @Bean
    NavigationItem boardNavigation() {
        return new NavigationItem(
                "nav.handling.board",
                "/cases/board",
                30,
                Set.of(Role.STAFF.name(), Role.LEADER.name(), Role.ADMIN.name()));
    }
}
