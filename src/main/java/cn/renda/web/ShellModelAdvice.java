package cn.renda.web;

import cn.renda.core.NavigationItem;
import cn.renda.core.WaitingWork;
import cn.renda.core.web.RenderedFragments;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Puts the navigation the signed-in user may see and the user into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    /** A navigation entry with its label resolved: the part of the menu that depends only on roles and language. */
    private record Labelled(String path, String label) {}

    private record MenuKey(Set<Role> roles, Locale locale) {}

    /** What a rendered menu shows besides its entries: the current section's entries and the badges. */
    private record MenuHtmlKey(MenuKey menu, List<String> active, Map<String, Long> badges, String contextPath) {}

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

    /** The rendered menus (bounded: badges take many values over a day). */
    private final Cache<MenuHtmlKey, String> menuHtml =
            Caffeine.newBuilder().maximumSize(10_000).build();

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
     * The shell's part of every page's model, in one method: {@code waiting}, {@code badges}, {@code navigation},
     * {@code menuHtml} and {@code currentUser}. One method, not one per attribute, because Spring builds an invocable
     * handler method for each {@code @ModelAttribute} method of an advice on every request and resolves a {@code
     * @ModelAttribute} parameter through a data binder (its init-binder methods and a bind of the request's
     * parameters): five methods and two such parameters were about 8 % of the case page's application CPU. As with
     * {@code @ModelAttribute("name")} methods, an attribute already in the model (a flash attribute) is kept.
     */
    @ModelAttribute
    void shell(Model model, HttpServletRequest request, Locale locale) {
        CurrentUser user = CurrentUser.get().orElse(null);
        boolean withoutView = user == null || answersWithoutView(request);
        @SuppressWarnings("unchecked")
        List<WaitingWork.Item> waiting = (List<WaitingWork.Item>) attribute(
                model, "waiting", () -> waiting(user, withoutView || "true".equals(request.getHeader("HX-Request"))));
        @SuppressWarnings("unchecked")
        Map<String, Long> badges = (Map<String, Long>) attribute(model, "badges", () -> badges(waiting));
        attribute(model, "navigation", () -> user == null ? List.of() : visible(user.roles()));
        attribute(model, "menuHtml", () -> withoutView ? "" : menuHtml(user, badges, request, locale));
        attribute(model, "currentUser", () -> user);
    }

    /** The model's attribute of that name, or the computed one, put into the model. */
    private static Object attribute(Model model, String name, Supplier<Object> value) {
        if (model.containsAttribute(name)) {
            return model.getAttribute(name);
        }
        Object v = value.get();
        model.addAttribute(name, v);
        return v;
    }

    /**
     * What waits for the user (non-zero items of every module), for the home page and the navigation badges;
     * not computed for htmx partials, which have no navigation, nor for handlers without a view; counted once for a
     * few seconds ({@link WaitingCounts}).
     */
    private List<WaitingWork.Item> waiting(CurrentUser user, boolean noNavigation) {
        return noNavigation ? List.of() : counts.get(user, this::countWaiting);
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
    private static Map<String, Long> badges(List<WaitingWork.Item> waiting) {
        Map<String, Long> badges = new HashMap<>();
        for (WaitingWork.Item i : waiting) {
            badges.merge(i.navigationPath(), i.count(), Long::sum);
        }
        return badges;
    }

    private List<NavigationItem> visible(Set<Role> roles) {
        return items.stream()
                .filter(i -> i.roles().isEmpty()
                        || roles.stream().anyMatch(r -> i.roles().contains(r.name())))
                .toList();
    }

    /**
     * The layout's menu as HTML (fragments/menu.html): the visible entries, labelled, the current section marked,
     * with their badges. Kept per everything it shows (roles, language, the active entries, the badges, the
     * context path), so a page builds no entry and formats no badge text ("3 waiting") unless that menu is new.
     */
    private String menuHtml(CurrentUser user, Map<String, Long> badges, HttpServletRequest request, Locale locale) {
        MenuKey key = new MenuKey(Set.copyOf(user.roles()), locale);
        List<Labelled> labelled = menus.computeIfAbsent(key, k -> visible(k.roles()).stream()
                .map(i -> new Labelled(i.path(), messages.getMessage(i.messageKey(), null, i.messageKey(), k.locale())))
                .toList());
        if (labelled.isEmpty()) {
            return "";
        }
        String contextPath = request.getContextPath();
        String current = request.getRequestURI().substring(contextPath.length());
        List<String> active = new ArrayList<>(1);
        for (Labelled l : labelled) {
            if (!"/".equals(l.path()) && (current.equals(l.path()) || current.startsWith(l.path() + "/"))) {
                active.add(l.path());
            }
        }
        return menuHtml.get(
                new MenuHtmlKey(key, List.copyOf(active), Map.copyOf(badges), contextPath),
                k -> fragments.html("fragments/menu", "entries", Map.of("menu", entries(labelled, k)), contextPath));
    }

    private List<MenuEntry> entries(List<Labelled> labelled, MenuHtmlKey k) {
        List<MenuEntry> menu = new ArrayList<>(labelled.size());
        for (Labelled l : labelled) {
            Long badge = k.badges().get(l.path());
            menu.add(new MenuEntry(
                    l.path(),
                    l.label(),
                    k.active().contains(l.path()),
                    badge,
                    "nav-count-" + l.path().replace("/", ""),
                    badge == null
                            ? null
                            : messages.getMessage(
                                    "layout.waitingCount",
                                    new Object[] {badge},
                                    k.menu().locale())));
        }
        return List.copyOf(menu);
    }
}
