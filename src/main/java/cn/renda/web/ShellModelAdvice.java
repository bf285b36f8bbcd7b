package cn.renda.web;

import cn.renda.core.NavigationItem;
import cn.renda.core.WaitingWork;
import cn.renda.core.web.RenderedFragments;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Puts the navigation the signed-in user may see and the user into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    /** A navigation entry with its label resolved: the part of the menu that depends only on roles and language. */
    private record Labelled(String path, String label) {}

    private record MenuKey(Set<Role> roles, Locale locale) {}

    private final List<NavigationItem> items;
    private final List<WaitingWork> waitingWork;
    private final MessageSource messages;
    private final RenderedFragments fragments;
    private final WaitingCounts counts;

    /**
     * The menu per set of roles and language (a handful of combinations), so a page does not filter the
     * entries, resolve their labels and parse the request's URL once per entry in the template.
     */
    private final Map<MenuKey, List<Labelled>> menus = new ConcurrentHashMap<>();

    ShellModelAdvice(
            List<NavigationItem> items,
            List<WaitingWork> waitingWork,
            MessageSource messages,
            RenderedFragments fragments,
            WaitingCounts counts) {
        this.fragments = fragments;
        this.counts = counts;
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.waitingWork = waitingWork;
        this.messages = messages;
    }

    /**
     * What waits for the user (non-zero items of every module), for the home page and the navigation badges;
     * not computed for htmx partials, which have no navigation; counted once for a few seconds ({@link
     * WaitingCounts}).
     */
    @ModelAttribute("waiting")
    List<WaitingWork.Item> waiting(
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if ("true".equals(htmx) || user == null || answersWithoutView(request)) {
            return List.of();
        }
        return counts.get(user, this::countWaiting);
    }

    /** Every module's non-zero waiting items for the current user, in the navigation's order. */
    private List<WaitingWork.Item> countWaiting() {
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

    /**
     * Whether the handler writes its answer itself ({@code @ResponseBody}: JSON, text, a download), so no layout
     * will show the waiting counts: model attributes are computed for such handlers too, and the counts are a
     * few queries.
     */
    private static boolean answersWithoutView(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod h
                && (h.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(h.getBeanType(), ResponseBody.class));
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
        return CurrentUser.get().map(user -> visible(user.roles())).orElse(List.of());
    }

    private List<NavigationItem> visible(Set<Role> roles) {
        return items.stream()
                .filter(i -> i.roles().isEmpty()
                        || roles.stream().anyMatch(r -> i.roles().contains(r.name())))
                .toList();
    }

    /** The layout's menu: the visible entries, labelled, the current section marked, with their badges. */
    @ModelAttribute("menu")
    List<MenuEntry> menu(
            @ModelAttribute("badges") Map<String, Long> badges, HttpServletRequest request, Locale locale) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        List<Labelled> labelled =
                menus.computeIfAbsent(new MenuKey(Set.copyOf(user.roles()), locale), k -> visible(k.roles()).stream()
                        .map(i -> new Labelled(
                                i.path(), messages.getMessage(i.messageKey(), null, i.messageKey(), k.locale())))
                        .toList());
        String current =
                request.getRequestURI().substring(request.getContextPath().length());
        List<MenuEntry> menu = new ArrayList<>(labelled.size());
        for (Labelled l : labelled) {
            Long badge = badges.get(l.path());
            menu.add(new MenuEntry(
                    l.path(),
                    l.label(),
                    !"/".equals(l.path()) && (current.equals(l.path()) || current.startsWith(l.path() + "/")),
                    badge,
                    "nav-count-" + l.path().replace("/", ""),
                    badge == null ? null : messages.getMessage("layout.waitingCount", new Object[] {badge}, locale)));
        }
        return menu;
    }

    /** The menu's entries as HTML, rendered once per menu value and language (fragments/menu.html). */
    @ModelAttribute("menuHtml")
    String menuHtml(@ModelAttribute("menu") List<MenuEntry> menu, HttpServletRequest request) {
        return menu.isEmpty() || answersWithoutView(request)
                ? ""
                : fragments.html("fragments/menu", "entries", Map.of("menu", menu), request.getContextPath());
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }
}
