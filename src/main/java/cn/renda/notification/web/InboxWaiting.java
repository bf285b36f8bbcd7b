package cn.renda.notification.web;

import cn.renda.core.WaitingWork;
import cn.renda.identity.CurrentUser;
import cn.renda.notification.NotificationFacade;
import java.util.List;
import org.springframework.stereotype.Component;

/** Unread messages, for the home page and the badge on 消息 in the navigation. */
@Component
class InboxWaiting implements WaitingWork {

    private final NotificationFacade notifications;

    InboxWaiting(NotificationFacade notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<Item> waiting() {
        return CurrentUser.get()
                .map(u -> List.of(new Item(
                        "notification.waiting.unread",
                        notifications.unreadCount(u.id()),
                        "/inbox?unread=true",
                        "/inbox")))
                .orElse(List.of());
    }
}
