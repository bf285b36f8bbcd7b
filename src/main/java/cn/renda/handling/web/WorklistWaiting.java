package cn.renda.handling.web;

import cn.renda.core.WaitingWork;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.Worklist;
import cn.renda.identity.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user's worklists (待签收, 待交办, 待测评 …) with their sizes, for the home page and the 我的待办 badge. */
@Component
class WorklistWaiting implements WaitingWork {

    private final HandlingFacade handling;

    WorklistWaiting(HandlingFacade handling) {
        this.handling = handling;
    }

    @Override
    public List<Item> waiting() {
        if (CurrentUser.get().isEmpty()) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<Worklist, Long> e : handling.worklistCounts().entrySet()) {
            items.add(
                    new Item("handling.web.worklist." + e.getKey(), e.getValue(), "/todo?list=" + e.getKey(), "/todo"));
        }
        return items;
    }
}
