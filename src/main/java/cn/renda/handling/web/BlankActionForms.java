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
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The case page's action forms ({@code handling/action-form :: actionForm}). As the user first sees them (no input,
 * no errors) they are rendered once per action, case, version, role kind, language and the options the form lists,
 * and kept as HTML; each page fills in only its own CSRF field. The options are small value records of exactly what
 * a form prints, so a renamed unit or another leader is a new entry. The form whose submission was refused is
 * rendered per request from the same template with the user's input and messages ({@link ActionFormInput}).
 */
@Component
class BlankActionForms {

    /** Where the CSRF field goes in the cached HTML: never printed, replaced per page. */
    private static final String HIDDEN_FIELDS = "\u0000hidden-fields\u0000";

    private static final String TEMPLATE = "handling/action-form";
    private static final String FRAGMENT = "actionForm";

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

    /** The action whose submission was refused, with what the user sent and the messages. */
    record Refused(Action action, ActionFormInput input) {}

    /** A blank form's inputs: the cache key (immutable values with value equality). */
    private record Key(Map<String, Object> variables, Locale locale, String contextPath) {}

    private final RenderedFragments fragments;
    private final ObjectProvider<RequestDataValueProcessor> processor;

    // Its own cache, bounded by characters: a case's forms are a few kB each and one entry per action and case
    // version, so a count bound shared with the small rows of RenderedFragments would let them take its memory.
    private final Cache<Key, String> html = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((Key k, String v) -> v.length())
            .build();

    BlankActionForms(RenderedFragments fragments, ObjectProvider<RequestDataValueProcessor> processor) {
        this.fragments = fragments;
        this.processor = processor;
    }

    /**
     * The form of each action of the case, in the page's order: blank, or for the refused action (if any) with the
     * user's input; with this request's hidden fields (the CSRF token, fresh per page) where Thymeleaf's {@code
     * th:action} puts them: right after the form's opening tag.
     */
    List<String> html(
            CaseView c,
            Refused refused,
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
            boolean isRefused = refused != null && refused.action() == a;
            Map<String, Object> vars = new HashMap<>();
            vars.put("a", a);
            vars.put("caseId", c.id());
            vars.put("version", isRefused ? refused.input().value("version") : c.version());
            vars.put("entered", isRefused ? refused.input() : ActionFormInput.BLANK);
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
            String form = isRefused
                    ? fragments.render(TEMPLATE, FRAGMENT, vars, contextPath)
                    : html.get(
                            new Key(Map.copyOf(vars), LocaleContextHolder.getLocale(), contextPath),
                            k -> fragments.render(TEMPLATE, FRAGMENT, k.variables(), k.contextPath()));
            out.add(form.replace(HIDDEN_FIELDS, hidden));
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
