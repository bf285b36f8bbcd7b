package cn.renda.notification.web;

import cn.renda.core.PageRequest;
import cn.renda.identity.CurrentUser;
import cn.renda.notification.NotificationFacade;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's inbox. */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxController {

    private final NotificationFacade notifications;

    InboxController(NotificationFacade notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String showInbox(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        long me = CurrentUser.require().id();
        model.addAttribute("unread", unread);
        model.addAttribute("unreadCount", notifications.unreadCount(me));
        model.addAttribute("page", notifications.inbox(me, unread, new PageRequest(page, 20, null, false)));
        return "notification/inbox";
    }

    /** htmx fragment: the unread count badge of the navigation. */
    @GetMapping("/badge")
    String showBadge(Model model) {
        model.addAttribute(
                "unreadCount", notifications.unreadCount(CurrentUser.require().id()));
        return "notification/inbox :: badge";
    }

    /** Marks read and follows the message's link. */
    @PostMapping("/{id}/read")
    String processRead(@PathVariable long id, @RequestParam(required = false) String next) {
        notifications.markRead(CurrentUser.require().id(), id);
        return "redirect:" + (next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/inbox");
    }

    @PostMapping("/read-all")
    String processReadAll(RedirectAttributes redirect) {
        notifications.markAllRead(CurrentUser.require().id());
        redirect.addFlashAttribute("flash", "notification.inbox.allRead");
        return "redirect:/inbox";
    }
}
