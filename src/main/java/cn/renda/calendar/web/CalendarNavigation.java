package cn.renda.calendar.web;

import cn.renda.core.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's entry in the main navigation, for every signed-in user. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavigationItem calendarNavigationItem() {
        return new NavigationItem("calendar.nav", "/calendar", 900, Set.of());
    }
}
