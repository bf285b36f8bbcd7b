package cn.renda.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.Evaluation;
import cn.renda.handling.HandlingTestSupport;
import cn.renda.handling.Transition;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every state × action of the supervision kind, generated from its transition table: an allowed
 * action succeeds (or is refused by its named guard), any other is 409 naming the state and action.
 */
class SupervisionTransitionMatrixTests extends HandlingTestSupport {

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (OpinionState s : OpinionState.values()) {
            for (Action a : Action.values()) {
                out.add(Arguments.of(s, a));
            }
        }
        return out.stream();
    }

    private static List<Transition> table() {
        return SupervisionOpinionKind.transitions();
    }

    /** Drives a new opinion (LEAD 9001, CO 9002) into the state. */
    private long caseIn(OpinionState state) {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long id = createOpinion(today, state != OpinionState.DRAFT && state != OpinionState.WITHDRAWN, true)
                .get("id")
                .asLong();
        switch (state) {
            case DRAFT, ISSUED -> {}
            case WITHDRAWN -> ok("staff", id, "withdraw", "\"reason\":\"重复\"");
            case RETURNED -> {
                ok("h-unit1", id, "return", "\"reason\":\"职责不符\"");
                ok("h-unit2", id, "return", "\"reason\":\"职责不符\"");
            }
            default -> {
                ok("h-unit1", id, "accept", null);
                ok("h-unit2", id, "accept", null);
                if (state == OpinionState.ACCEPTED) {
                    break;
                }
                ok("h-unit1", id, "submit-plan", "\"text\":\"方案\"");
                if (state == OpinionState.PLANNED) {
                    break;
                }
                ok("h-unit1", id, "reply", "\"text\":\"结果\",\"resultClass\":\"A\"");
                if (state == OpinionState.FOLLOW_UP) {
                    ok("staff", id, "reopen", "\"reason\":\"跟踪监督\"");
                } else if (state == OpinionState.CLOSED) {
                    ok("staff", id, "close", null);
                }
            }
        }
        assertThat(caseJson(id).get("state").asString()).isEqualTo(state.name());
        return id;
    }

    private static String user(Role role, Action action) {
        return switch (role) {
            case UNIT -> action == Action.CO_OPINION ? "h-unit2" : "h-unit1";
            case MEMBER -> "h-member";
            case LEADER -> "leader";
            default -> "staff";
        };
    }

    private String body(Action action, JsonNode c) {
        String activeClock = null;
        for (JsonNode k : c.get("clocks")) {
            String st = k.get("state").asString();
            if ((st.equals("RUNNING") || st.equals("EXTENDED") || st.equals("OVERDUE"))
                    && k.get("unitId").isNull()) {
                activeClock = k.get("name").asString();
            }
        }
        return switch (action) {
            case ASSIGN -> "\"assignments\":[{\"unitId\":9001,\"role\":\"LEAD\"}]";
            case RETURN, WITHDRAW, REOPEN, REJECT_EXTENSION -> "\"reason\":\"理由\"";
            case TRANSFER -> "\"unitId\":9001,\"toUnitId\":9003";
            case SUBMIT_PLAN, CO_OPINION, TRACKING_REPORT -> "\"text\":\"内容\"";
            case REPLY -> "\"text\":\"结果\",\"resultClass\":\"A\"";
            case EVALUATE -> "\"evaluation\":\"SATISFIED\"";
            case MARK_KEY -> "\"leaderId\":" + account("h-leader") + ",\"trackingMonths\":2";
            case REQUEST_EXTENSION, EXTEND -> "\"clock\":\"" + (activeClock == null ? "RESULT" : activeClock)
                    + "\",\"extensionDays\":3,\"reason\":\"理由\"";
            case PAUSE -> "\"reason\":\"理由\"";
            default -> null;
        };
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cells")
    void everyStateAndActionIsAllowedOrNamed(OpinionState state, Action action) {
        List<Transition> rows =
                table().stream().filter(t -> t.action() == action).toList();
        if (rows.isEmpty()) {
            return; // the kind does not use this action at all; the engine answers 403 for every role
        }
        long id = caseIn(state);
        JsonNode c = caseJson(id);
        List<Transition> here =
                rows.stream().filter(t -> t.from().contains(state.name())).toList();
        Role role = (here.isEmpty() ? rows : here)
                .get(0).roles().stream().sorted().findFirst().orElseThrow();
        String actor = user(role, action);
        var r = act(actor, id, action.path(), c.get("version").asLong(), body(action, c));
        if (role == Role.UNIT && c.get("assignments").isEmpty()) {
            // a unit never assigned to the case does not see it at all
            assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
            return;
        }
        if (here.isEmpty()) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
            assertThat(json(r).get("detail").asString()).contains(state.name()).contains(action.name());
            return;
        }
        boolean guarded = here.stream().anyMatch(t -> !t.guards().isEmpty());
        if (r.statusCode() == 200) {
            ActionCommand sent = ActionCommand.of(action, 0).withEvaluation(Evaluation.SATISFIED);
            String to = here.stream()
                    .filter(t -> t.when().test(sent))
                    .findFirst()
                    .orElseThrow()
                    .to();
            assertThat(json(r).get("state").asString()).isEqualTo(to == null ? state.name() : to);
        } else {
            // an allowed action may still be refused by one of its named guards (or need a running clock)
            assertThat(r.statusCode()).as(r.body()).isIn(guarded ? List.of(422) : List.of(400));
            assertThat(json(r).get("detail").asString()).isNotBlank();
        }
    }
}
