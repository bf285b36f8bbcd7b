package cn.renda.handling.web;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.core.web.RenderedFragments;
import cn.renda.handling.Action;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.ExtensionStatus;
import cn.renda.identity.AccountView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The case page's action forms as the user first sees them (no input, no errors), rendered once per action, case,
 * version, role kind, language and the options the form lists ({@code handling/action-blank :: blankAction}) and
 * kept as HTML; each page fills in only its own CSRF field. The options are small value records of exactly what a
 * form prints, so a renamed unit or another leader is a new entry. A form that failed validation is rendered
 * per request from {@code handling/actions :: action} with the user's input and messages.
 */
@Component
class BlankActionForms {

    /** Where the CSRF field goes in the cached HTML: never printed, replaced per page. */
    private static final String HIDDEN_FIELDS = "\u0000hidden-fields\u0000";

    private static final Set<Action> UNIT_FIELD = EnumSet.of(
            Action.ACCEPT,
            Action.RETURN,
            Action.SUBMIT_PLAN,
            Action.CO_OPINION,
            Action.REPLY,
            Action.TRACKING_REPORT,
            Action.REQUEST_EXTENSION,
            Action.TRANSFER);
    private static final Set<Action> CLOCK_FIELD =
            EnumSet.of(Action.REQUEST_EXTENSION, Action.EXTEND, Action.PAUSE, Action.RESUME);
    private static final Set<Action> EXTENSION_FIELD = EnumSet.of(Action.APPROVE_EXTENSION, Action.REJECT_EXTENSION);
    private static final List<LengthUnit> LENGTH_UNITS = List.of(LengthUnit.values());

    /** An active assignment as the unit select lists it. */
    record UnitOption(long unitId, String name, AssignmentRole role, AssignmentState state) {}

    /** An active clock as the clock select lists it. */
    record ClockOption(ClockName name, LocalDate dueDate) {}

    /** A requested extension as the extension select lists it. */
    record ExtensionOption(long id, ClockName clock, Length length, String reason) {}

    /** A leader as the key-supervision select lists them. */
    record LeaderOption(long id, String displayName) {}

    private final RenderedFragments fragments;
    private final ObjectProvider<RequestDataValueProcessor> processor;

    BlankActionForms(RenderedFragments fragments, ObjectProvider<RequestDataValueProcessor> processor) {
        this.fragments = fragments;
        this.processor = processor;
    }

    /**
     * The blank form of each action of the case, in the page's order ({@code null} for the action given as failed:
     * the page renders that one with the user's input), with this request's hidden fields (the CSRF token, fresh
     * per page) where Thymeleaf's {@code th:action} puts them: right after the form's opening tag.
     */
    List<String> html(
            CaseView c,
            Action failed,
            boolean unitUser,
            Map<Long, String> unitNames,
            Supplier<List<AccountView>> leaders,
            String contextPath) {
        String hidden =
                hiddenFields(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        List<UnitOption> unitOptions = null;
        List<ClockOption> clockOptions = null;
        List<ExtensionOption> extensionOptions = null;
        List<String> out = new ArrayList<>(c.actions().size());
        for (Action a : c.actions()) {
            if (a == failed) {
                out.add(null);
                continue;
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put("a", a);
            vars.put("caseId", c.id());
            vars.put("version", c.version());
            vars.put("unitUser", unitUser);
            if (!unitUser && UNIT_FIELD.contains(a)) {
                if (unitOptions == null) {
                    unitOptions = unitOptions(c, unitNames);
                }
                vars.put("unitOptions", unitOptions);
            }
            if (CLOCK_FIELD.contains(a)) {
                if (clockOptions == null) {
                    clockOptions = c.clocks().stream()
                            .filter(k -> k.state().active())
                            .map(k -> new ClockOption(k.name(), k.dueDate()))
                            .toList();
                }
                vars.put("clockOptions", clockOptions);
            }
            if (a == Action.REQUEST_EXTENSION || a == Action.EXTEND) {
                vars.put("lengthUnits", LENGTH_UNITS);
            }
            if (EXTENSION_FIELD.contains(a)) {
                if (extensionOptions == null) {
                    extensionOptions = c.extensions().stream()
                            .filter(x -> x.status() == ExtensionStatus.REQUESTED)
                            .map(x -> new ExtensionOption(x.id(), x.clock(), x.length(), x.reason()))
                            .toList();
                }
                vars.put("extensionOptions", extensionOptions);
            }
            if (a == Action.MARK_KEY) {
                vars.put(
                        "leaderOptions",
                        leaders.get().stream()
                                .map(l -> new LeaderOption(l.id(), l.displayName()))
                                .toList());
            }
            vars.put("hiddenFields", HIDDEN_FIELDS);
            String html = fragments.html("handling/action-blank", "blankAction", vars, contextPath);
            out.add(html.replace(HIDDEN_FIELDS, hidden));
        }
        return out;
    }

    private static List<UnitOption> unitOptions(CaseView c, Map<Long, String> unitNames) {
        List<UnitOption> options = new ArrayList<>();
        c.assignments().stream()
                .filter(x -> x.state().active())
                .forEach(x -> options.add(new UnitOption(x.unitId(), unitNames.get(x.unitId()), x.role(), x.state())));
        return List.copyOf(options);
    }

    /** The hidden inputs Thymeleaf's {@code th:action} adds to a form (Spring Security's CSRF field). */
    private String hiddenFields(HttpServletRequest request) {
        RequestDataValueProcessor p = processor.getIfAvailable();
        if (p == null) {
            return "";
        }
        Map<String, String> fields = p.getExtraHiddenFields(request);
        if (fields == null || fields.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(HtmlUtils.htmlEscape(name))
                .append("\" value=\"")
                .append(HtmlUtils.htmlEscape(value))
                .append("\"/>"));
        return html.toString();
    }
}
