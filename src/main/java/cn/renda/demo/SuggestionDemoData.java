package cn.renda.demo;

import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ResultClass;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.suggestion.ContactCommand;
import cn.renda.suggestion.ContactWay;
import cn.renda.suggestion.ImportedSuggestion;
import cn.renda.suggestion.NewInspection;
import cn.renda.suggestion.QualityItem;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDetail;
import cn.renda.suggestion.SuggestionFacade;
import cn.renda.suggestion.SuggestionInspections;
import cn.renda.suggestion.SuggestionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A year of demo suggestions for 江夏区, generated deterministically from {@link SuggestionTemplates}:
 * last year's all closed, this year's in every state (some overdue for assignment, some key), as the
 * office would have entered and handled them. Runs as the demo staff account.
 */
@Component
class SuggestionDemoData {

    /** Suggestions of the current year and of the year before. */
    static final int THIS_YEAR = 200;

    static final int LAST_YEAR = 120;

    private final SuggestionFacade suggestions;
    private final SuggestionInspections inspections;
    private final PersonRegistry people;
    private final UnitDirectory units;
    private final java.time.Clock clock;

    /** Dates of the handling steps, drawn apart from the contents so that those stay as they were. */
    private Random dates;

    private LocalDate today;

    /** This year's key suggestions, for the demo half-year inspection. */
    private final List<Long> keys = new ArrayList<>();

    SuggestionDemoData(
            SuggestionFacade suggestions,
            SuggestionInspections inspections,
            PersonRegistry people,
            UnitDirectory units,
            java.time.Clock clock) {
        this.suggestions = suggestions;
        this.inspections = inspections;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    /** Accounts the data is entered with. */
    record Accounts(long congressId, long staffId, long deputyAccountId, long deputyPersonId, long leaderId) {}

    /** Loads the suggestions (call inside a transaction with the congress bound); returns how many. */
    int load(Accounts a, int currentYear) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser staff = new CurrentUser(
                a.staffId(), a.congressId(), "staff", "", "演示数据", Set.of(Role.STAFF), null, null, null, "zh-CN", true);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        try {
            return generate(a, currentYear);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private int generate(Accounts a, int year) {
        Random rnd = new Random(2023);
        dates = new Random(2024);
        today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        List<PersonRef> deputies = people.deputyRefs();
        List<String> streets = RegistryDemoData.JIANGXIA_STREETS;
        List<SuggestionTemplates.Template> templates = SuggestionTemplates.ALL;
        Set<String> titles = new HashSet<>();
        int n = 0;
        int total = THIS_YEAR + LAST_YEAR;
        for (int i = 0; n < total && i < total * 4; i++) {
            // The first pass puts every template at one known place (see the tests' paraphrase set).
            int t = i < templates.size() ? i : rnd.nextInt(templates.size());
            String street =
                    i < templates.size() ? streets.get(i % streets.size()) : streets.get(rnd.nextInt(streets.size()));
            SuggestionTemplates.Template tpl = templates.get(t);
            String place = SuggestionTemplates.place(street);
            String title = tpl.title().replace("{p}", place);
            if (!titles.add(title)) {
                continue;
            }
            boolean lastYear = n >= THIS_YEAR;
            int y = lastYear ? year - 1 : year;
            // 1 in 30 of this year's suggestions is led by the demo deputy.
            boolean demoDeputy = !lastYear && n % 30 == 7;
            long lead = demoDeputy
                    ? a.deputyPersonId()
                    : deputies.get(rnd.nextInt(deputies.size())).id();
            List<Long> co = new ArrayList<>();
            for (int k = rnd.nextInt(4); k > 0; k--) {
                co.add(deputies.get(rnd.nextInt(deputies.size())).id());
            }
            List<String> sentences = new ArrayList<>(tpl.sentences());
            java.util.Collections.rotate(sentences, rnd.nextInt(sentences.size()));
            String content = String.join("", sentences.subList(0, Math.min(3, sentences.size())))
                    .replace("{p}", place);
            int month = lastYear ? 1 + rnd.nextInt(11) : 1 + rnd.nextInt(10);
            LocalDate submitted = LocalDate.of(y, month, 1 + rnd.nextInt(27));
            SuggestionView s = suggestions.importSubmission(new ImportedSuggestion(
                    SubmissionType.SUGGESTION,
                    title,
                    content,
                    tpl.topic(),
                    y,
                    month == 1,
                    "深入" + place + "走访群众" + (2 + rnd.nextInt(20)) + "户，召开座谈会" + (1 + rnd.nextInt(3)) + "次",
                    place + "群众反映集中，涉及" + (50 + rnd.nextInt(2000)) + "户居民",
                    "社区（村）干部、群众代表、相关企业负责人",
                    lead,
                    demoDeputy ? a.deputyAccountId() : null,
                    co,
                    rnd.nextInt(3) > 0,
                    submitted));
            // The first pass is always registered (and so searchable); the rest spreads over every stage.
            int stage = lastYear ? 19 : n < templates.size() ? 4 + n % 16 : n % 20;
            handle(s, stage, tpl, rnd, a, n, submitted);
            n++;
        }
        inspect(year);
        return n;
    }

    /**
     * Moves a submission to its demo stage: 0 submitted, 1 returned for improvement, 2–3 registered,
     * 4–6 assigned, 7–10 accepted, 11–12 replied, 13 re-handling, 14–15 evaluated, 16–19 closed.
     */
    private void handle(
            SuggestionView s,
            int stage,
            SuggestionTemplates.Template tpl,
            Random rnd,
            Accounts a,
            int n,
            LocalDate submitted) {
        // Steps happen on their own dates (back-dated import), so reply clocks run from the real assignment
        // dates: early cases are met or overdue, recent ones green or yellow.
        LocalDate assignedOn = day(submitted.plusDays(2 + dates.nextInt(8)));
        LocalDate acceptedOn = day(assignedOn.plusDays(1 + dates.nextInt(4)));
        LocalDate contactedOn = day(acceptedOn.plusDays(1 + dates.nextInt(12)));
        LocalDate repliedOn = day(later(contactedOn, assignedOn.plusDays(30 + dates.nextInt(75))));
        LocalDate evaluatedOn = day(repliedOn.plusDays(5 + dates.nextInt(20)));
        LocalDate closedOn = day(evaluatedOn.plusDays(3 + dates.nextInt(10)));
        if (stage == 0) {
            return;
        }
        if (stage == 1) {
            suggestions.returnForImprovement(
                    s.id(), List.of(QualityItem.FACTUAL, QualityItem.PRECISE), "请补充调研数据，明确具体点位和建议措施。");
            return;
        }
        SuggestionDetail d = suggestions.register(s.id(), null);
        long id = s.id();
        if (n % 25 == 4 && stage >= 2 && stage <= 13) {
            d = suggestions.chooseKey(
                    id, "主任会议第" + (3 + n % 5) + "次会议", d.handling().createdAt().toLocalDate(), a.leaderId());
            keys.add(id);
        }
        if (stage <= 3) {
            return;
        }
        String leadName = rnd.nextInt(100) < 15 ? tpl.altLead() : tpl.lead();
        long leadUnit = unit(leadName);
        List<UnitAssignment> assignments = new ArrayList<>();
        assignments.add(new UnitAssignment(leadUnit, AssignmentRole.LEAD));
        if (tpl.co() != null && rnd.nextInt(100) < 70) {
            long co = unit(leadName.equals(tpl.co()) ? tpl.lead() : tpl.co());
            if (co != leadUnit) {
                assignments.add(new UnitAssignment(co, AssignmentRole.CO));
            }
        }
        d = suggestions.importAssignment(id, assignments, n % 17 == 5, assignedOn);
        if (stage <= 6) {
            return;
        }
        d = act(d, acceptedOn, Action.ACCEPT, leadUnit, null, null, null);
        for (UnitAssignment co : assignments.subList(1, assignments.size())) {
            d = act(d, acceptedOn, Action.ACCEPT, co.unitId(), null, null, null);
        }
        if (stage == 7) {
            return;
        }
        d = suggestions.recordContact(
                id,
                new ContactCommand(
                        leadUnit,
                        contactedOn,
                        ContactWay.values()[n % ContactWay.values().length],
                        "与代表现场查看，商定分步解决的办理方案"));
        d = suggestions.addProgress(id, "已制定办理方案，正在推进实施");
        if (stage <= 10) {
            return;
        }
        ResultClass result = ResultClass.values()[n % 7 < 3 ? 0 : n % 7 < 5 ? 1 : n % 7 < 6 ? 2 : 3];
        d = act(d, repliedOn, Action.REPLY, leadUnit, "经研究，" + reply(result), result, null);
        if (stage <= 12) {
            return;
        }
        if (stage == 13) {
            act(d, evaluatedOn, Action.EVALUATE, null, "问题尚未解决", null, Evaluation.UNSATISFIED);
            return;
        }
        d = act(
                d,
                evaluatedOn,
                Action.EVALUATE,
                null,
                null,
                null,
                n % 5 == 0 ? Evaluation.BASICALLY_SATISFIED : Evaluation.SATISFIED);
        if (stage <= 15 || result == ResultClass.B) {
            return;
        }
        d = act(d, closedOn, Action.CLOSE, null, null, null, null);
        if (s.publishConsent()) {
            // Closed cases with the deputy's consent are published (公开), so deputies see them as similar cases.
            act(d, closedOn, Action.PUBLISH, null, null, null, null);
        }
    }

    private static String reply(ResultClass r) {
        return switch (r) {
            case A -> "所提问题已解决，相关设施已建成投入使用。";
            case B -> "已列入年度工作计划，正在组织实施，预计年底前完成。";
            case C -> "受资金和规划条件限制，将在条件成熟后逐步解决。";
            case D -> "所提建议留作今后工作参考。";
        };
    }

    /** 半年视察: one inspection of the year's key suggestions, led by a vice-director, in early summer. */
    private void inspect(int year) {
        if (keys.isEmpty()) {
            return;
        }
        inspections.record(new NewInspection(
                day(LocalDate.of(year, 6, 20)),
                "区人大常委会副主任 刘建华",
                "常委会选联工委、城建环保工委负责人，部分区人大代表，区政府督查室",
                "汤逊湖沿线排口整治现场、纸坊街道老旧小区改造工地、区住房和城市更新局、区交通运输局",
                "重点建议总体按计划推进，部分项目资金未落实、进度滞后，个别承办单位与代表沟通不够及时。",
                "一、承办单位要逐件对照办理方案倒排工期；二、资金缺口由区财政局牵头研究解决；" + "三、年底前向代表当面反馈办理结果，选联工委跟踪督办。",
                List.copyOf(keys)));
        keys.clear();
    }

    /** A date no later than today. */
    private LocalDate day(LocalDate d) {
        return d.isAfter(today) ? today : d;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private SuggestionDetail act(
            SuggestionDetail current,
            LocalDate on,
            Action action,
            Long unit,
            String text,
            ResultClass result,
            Evaluation evaluation) {
        long id = current.suggestion().id();
        long version = current.handling().version();
        return suggestions.importAction(
                id,
                ActionCommand.of(action, version)
                        .withUnit(unit)
                        .withText(text)
                        .withResult(result, true)
                        .withEvaluation(evaluation),
                on);
    }

    private final java.util.Map<String, Long> unitIds = new java.util.concurrent.ConcurrentHashMap<>();

    private long unit(String name) {
        return unitIds.computeIfAbsent(
                name, n -> units.findByName(n).map(UnitView::id).orElseThrow(() -> new IllegalStateException(n)));
    }
}
