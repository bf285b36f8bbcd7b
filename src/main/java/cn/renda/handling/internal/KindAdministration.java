package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.DeadlinePolicyView;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.KindView;
import cn.renda.handling.TransitionView;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The registered kinds and the congress's deadline policies for their clocks. */
@Component
class KindAdministration {
    final KindRegistry kinds;
    final HandlingRepository repo;

    KindAdministration(KindRegistry kinds, HandlingRepository repo) {
        this.kinds = kinds;
        this.repo = repo;
    }

    List<KindView> kinds() {
        return kinds.all().stream()
                .map(k -> new KindView(
                        k.code(),
                        k.messageKey(),
                        k.states(),
                        k.transitions().stream().map(TransitionView::of).toList()))
                .toList();
    }

    List<DeadlinePolicyView> policies(String kindCode) {
        KindDefinition kind = kinds.get(kindCode);
        List<ClockName> names = new ArrayList<>(kind.defaultPolicies().keySet());
        for (ClockName n : Deadlines.ENGINE_DEFAULTS.keySet()) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        names.sort(null);
        List<DeadlinePolicyView> out = new ArrayList<>();
        for (ClockName n : names) {
            Optional<ClockPolicy> custom = repo.policy(kind.code(), n);
            ClockPolicy p = custom.orElseGet(() -> Deadlines.defaultPolicy(kind, n));
            out.add(new DeadlinePolicyView(kind.code(), n, p.length(), p.reminderLeads(), custom.isPresent()));
        }
        return out;
    }

    DeadlinePolicyView setPolicy(String kindCode, ClockName clock, Length length, List<Length> reminderLeads) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.ADMIN, Role.STAFF)) {
            throw new org.springframework.security.access.AccessDeniedException("policy");
        }
        KindDefinition kind = kinds.get(kindCode);
        if (clock == null || length == null || length.amount() < 1) {
            throw new InvalidInputException("length", "handling.error.extension");
        }
        ClockPolicy p = new ClockPolicy(clock, length, reminderLeads);
        repo.savePolicy(kind.code(), p);
        return new DeadlinePolicyView(kind.code(), clock, length, p.reminderLeads(), true);
    }
}
