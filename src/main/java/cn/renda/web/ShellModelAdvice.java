package cn.renda.web;

import cn.renda.core.NavigationItem;
import cn.renda.identity.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation the signed-in user may see and the user into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final List<NavigationItem> items;

    ShellModelAdvice(List<NavigationItem> items) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
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
