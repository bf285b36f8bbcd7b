package cn.renda.web;

import cn.renda.core.NavigationItem;
import cn.renda.core.WaitingWork;
import cn.renda.identity.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** Puts the navigation the signed-in user may see and the user into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final List<NavigationItem> items;
    private final List<WaitingWork> waitingWork;

    ShellModelAdvice(List<NavigationItem> items, List<WaitingWork> waitingWork) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.waitingWork = waitingWork;
    }

    /**
     * What waits for the user (non-zero items of every module), for the home page and the navigation badges;
     * not computed for htmx partials, which have no navigation.
     */
    @ModelAttribute("waiting")
    List<WaitingWork.Item> waiting(@RequestHeader(name = "HX-Request", required = false) String htmx) {
        if ("true".equals(htmx) || CurrentUser.get().isEmpty()) {
            return List.of();
        }
        List<WaitingWork.Item> all = new ArrayList<>();
        for (WaitingWork w : waitingWork) {
            for (WaitingWork.Item i : w.waiting()) {
                if (i.count() > 0) {
                    all.add(i);
                }
            }
        }
        // In the order of the navigation, so the home page, 我的待办 and the badges read alike.
        Map<String, Integer> order = new HashMap<>();
        items.forEach(n -> order.putIfAbsent(n.path(), n.order()));
        all.sort(Comparator.comparingInt(i -> order.getOrDefault(i.navigationPath(), Integer.MAX_VALUE)));
        return all;
    }

    /** Per navigation path, how many things wait there (the badge beside the entry). */
    @ModelAttribute("badges")
    Map<String, Long> badges(@ModelAttribute("waiting") List<WaitingWork.Item> waiting) {
        Map<String, Long> badges = new HashMap<>();
        for (WaitingWork.Item i : waiting) {
            badges.merge(i.navigationPath(), i.count(), Long::sum);
        }
        return badges;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUser.get()
                .map(user -> items.stream()
                        .filter(i -> i.roles().isEmpty()
                                || user.roles().stream().anyMatch(r -> i.roles().contains(r.name())))
                        .toList())
                .orElse(List.of());
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
