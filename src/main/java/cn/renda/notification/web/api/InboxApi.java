package cn.renda.notification.web.api;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.CurrentUser;
import cn.renda.notification.InboxItem;
import cn.renda.notification.NotificationFacade;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox over the API. */
@RestController
@RequestMapping("/api/v1/inbox")
@PreAuthorize("isAuthenticated()")
class InboxApi {

    private final NotificationFacade notifications;

    InboxApi(NotificationFacade notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Page<InboxItem> list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return notifications.inbox(CurrentUser.require().id(), unread, new PageRequest(page, size, null, false));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount(CurrentUser.require().id()));
    }

    @PostMapping("/{id}/read")
    Map<String, Long> read(@PathVariable long id) {
        long me = CurrentUser.require().id();
        notifications.markRead(me, id);
        return Map.of("unread", notifications.unreadCount(me));
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead(CurrentUser.require().id()));
    }
}
