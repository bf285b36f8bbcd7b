package cn.renda.meeting.web;

import cn.renda.core.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meetings' entry in the main navigation, for every signed-in user. */
@Configuration(proxyBeanMethods = false)
class MeetingNavigation {

    @Bean
    NavigationItem meetingNavigationItem() {
        return new NavigationItem("meeting.nav", "/meetings", 40, Set.of());
    }
}
