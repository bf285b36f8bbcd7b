package cn.renda.outreach.web;

import cn.renda.core.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Outreach in the main navigation: the overview for all who take part, the triage list for street staff. */
@Configuration(proxyBeanMethods = false)
class OutreachNavigation {

    @Bean
    NavigationItem outreachNavigationItem() {
        return new NavigationItem(
                "outreach.nav", "/outreach", 50, Set.of("DEPUTY", "STREET", "STAFF", "ADMIN", "LEADER", "MEMBER"));
    }

    @Bean
    NavigationItem opinionsNavigationItem() {
        return new NavigationItem(
                "outreach.opinions.nav",
                "/outreach/opinions",
                51,
                Set.of("STREET", "STAFF", "ADMIN", "LEADER", "DEPUTY"));
    }
}
