package cn.renda.suggestion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantTransactions;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockState;
import cn.renda.handling.ClockView;
import cn.renda.handling.EvaluationView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.suggestion.ContactView;
import cn.renda.suggestion.HandlingReport;
import cn.renda.suggestion.UnitEvaluation;
import cn.renda.support.FullStackTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board and the handling report are counted by the database and cached for a few seconds per
 * congress: the figures equal those of the case views, an action shows at once, congresses stay apart.
 */
class SuggestionReportFiguresTests extends FullStackTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ReportService reports;

    @Autowired
    SuggestionRepository repo;

    @Autowired
    HandlingFacade handling;

    @Autowired
    UnitDirectory units;

    @Autowired
    CongressFacade congresses;

    @Autowired
    TenantTransactions tenant;

    int year() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    long congress(String code) {
        return congresses.idByCode(code).orElseThrow();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** Runs as an office member of the congress, in its tenant transaction. */
    <T> T asStaff(long congressId, Supplier<T> action) {
        CurrentUser staff = new CurrentUser(
                1, congressId, "report-test", "", "report-test", Set.of(Role.STAFF), null, null, null, "zh-CN", true);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        return tenant.call(congressId, action);
    }

    HandlingReport report(long congressId, int year) {
        return asStaff(congressId, () -> reports.handlingReport(year));
    }

    @Test
    void handlingReportCountedByTheDatabaseEqualsTheFiguresOfTheCaseViews() {
        long jx = congress("jiangxia");
        for (int y : new int[] {year(), year() - 1}) {
            reports.invalidate(jx);
            HandlingReport counted = report(jx, y);
            HandlingReport fromViews = asStaff(jx, () -> ViewsReference.report(repo, handling, units, y));
            assertThat(counted).isEqualTo(fromViews);
        }
        assertThat(report(jx, year()).units()).isNotEmpty();
    }

    @Test
    void anActionOnACaseShowsOnTheBoardAndTheReportRightAfter() {
        long jx = congress("jiangxia");
        long unit =
                JSON.readTree(get("unit", "/api/v1/me").body()).path("unitId").asLong();
        // Both are asked for first, so that a stale cached figure would be answered afterwards.
        long boardBefore = boardCount("staff", unit);
        HandlingReport before = report(jx, year());
        long id = registered("关于江夏区社区食堂运营补贴的建议");
        HandlingReport afterRegistering = report(jx, year());
        assertThat(afterRegistering.registered()).isEqualTo(before.registered() + 1);
        assertThat(afterRegistering.assigned()).isEqualTo(before.assigned());

        ok(api(
                "staff",
                "POST",
                "/api/v1/suggestions/" + id + "/assign",
                "{\"assignments\":[{\"unitId\":" + unit + ",\"role\":\"LEAD\"}],\"complex\":false}"));
        assertThat(boardCount("staff", unit)).isEqualTo(boardBefore + 1);
        HandlingReport afterAssigning = report(jx, year());
        assertThat(afterAssigning.assigned()).isEqualTo(before.assigned() + 1);
        assertThat(cases(afterAssigning, unit)).isEqualTo(cases(afterRegistering, unit) + 1);
    }

    @Test
    void oneCongressNeverSeesAnothersFigures() {
        long jx = congress("jiangxia");
        long hs = congress("hongshan");
        long unit =
                JSON.readTree(get("unit", "/api/v1/me").body()).path("unitId").asLong();
        registered("关于江夏区公交线路优化的建议");
        HandlingReport jiangxia = report(jx, year());
        HandlingReport hongshan = report(hs, year());
        assertThat(hongshan.registered()).isNotEqualTo(jiangxia.registered());
        assertThat(hongshan.units()).noneMatch(u -> u.unitId() == unit);
        assertThat(report(jx, year())).isEqualTo(jiangxia);
        assertThat(boardCount("staff", unit)).isPositive();
        assertThat(boardCount("hs-staff", unit)).isZero();
        assertThat(board("hs-staff").toString()).isNotEqualTo(board("staff").toString());
    }

    @Test
    void boardPageLinksEveryCountToItsCases() {
        long unit =
                JSON.readTree(get("unit", "/api/v1/me").body()).path("unitId").asLong();
        long id = registered("关于江夏区老旧小区加装电梯的建议");
        ok(api(
                "staff",
                "POST",
                "/api/v1/suggestions/" + id + "/assign",
                "{\"assignments\":[{\"unitId\":" + unit + ",\"role\":\"LEAD\"}],\"complex\":false}"));
        String page = login("leader").page("/cases/board").body();
        assertThat(page)
                .contains("href=\"/cases?unit=" + unit + "&amp;kind=SUGGESTION\"")
                .contains("href=\"/cases?unit=" + unit + "&amp;kind=SUGGESTION&amp;colour=RED\"")
                .contains("<span class=\"visually-hidden\">超期</span>");
        String report = login("leader")
                .page("/suggestions/reports/handling?year=" + year())
                .body();
        String title = report.substring(report.indexOf("<title>") + 7, report.indexOf("</title>"));
        assertThat(title).endsWith("年代表建议办理情况报告");
        assertThat(report).contains("<h1 class=\"h3 me-auto mb-0 text-center\">" + title + "</h1>");
    }

    static int cases(HandlingReport r, long unit) {
        return r.units().stream()
                .filter(u -> u.unitId() == unit)
                .mapToInt(UnitEvaluation::cases)
                .sum();
    }

    JsonNode board(String user) {
        return ok(get(user, "/api/v1/cases/board"));
    }

    long boardCount(String user, long unit) {
        long n = 0;
        for (JsonNode row : board(user)) {
            if (row.path("unitId").asLong() == unit) {
                n += row.path("green").asLong()
                        + row.path("yellow").asLong()
                        + row.path("red").asLong();
            }
        }
        return n;
    }

    long registered(String title) {
        String body = "{\"title\":\"" + title + "\",\"content\":\"居民反映强烈，建议区政府统筹解决，明确责任单位和完成时限。\","
                + "\"topic\":\"民生\",\"research\":\"走访社区\",\"facts\":\"三个社区\",\"consulted\":\"居民代表\",\"publishConsent\":true}";
        long id = ok(api("deputy", "POST", "/api/v1/suggestions", body))
                .path("id")
                .asLong();
        ok(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null));
        ok(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{}"));
        return id;
    }

    static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body());
    }

    /** The report as computed before it was set-based: from every case view of the year, in Java. */
    static final class ViewsReference {

        static HandlingReport report(
                SuggestionRepository repo, HandlingFacade handling, UnitDirectory units, int year) {
            Map<Long, SuggestionRepository.Row> byCase = new LinkedHashMap<>();
            for (SuggestionRepository.Row r : repo.registeredCases(year)) {
                byCase.put(r.caseId(), r);
            }
            Map<Long, List<ContactView>> contacts =
                    repo.contactsOf(byCase.keySet().toArray(Long[]::new));
            List<CaseView> cases = handling.views(byCase.keySet());
            int[] stats = repo.yearStats(year);
            int assigned = 0, replied = 0, a = 0, b = 0, cc = 0, d = 0, evaluated = 0, sat = 0, basic = 0, unsat = 0;
            int key = 0, overdue = 0;
            for (CaseView c : cases) {
                if (!c.assignments().isEmpty()) {
                    assigned++;
                }
                if (c.resultClass() != null) {
                    replied++;
                    switch (c.resultClass()) {
                        case A -> a++;
                        case B -> b++;
                        case C -> cc++;
                        case D -> d++;
                    }
                }
                if (c.evaluation() != null) {
                    evaluated++;
                    switch (c.evaluation()) {
                        case SATISFIED -> sat++;
                        case BASICALLY_SATISFIED -> basic++;
                        case UNSATISFIED -> unsat++;
                    }
                }
                if (c.keyCase()) {
                    key++;
                }
                if (c.clocks().stream().anyMatch(x -> x.state() == ClockState.OVERDUE)) {
                    overdue++;
                }
            }
            String summary = String.format(
                    "%d年，代表共提出议案建议%d件（其中议案%d件），经审查立案%d件（并案%d件），已交办%d件，已答复%d件。"
                            + "答复中A类（已解决或基本解决）%d件，B类（正在解决或列入计划）%d件，C类%d件，D类%d件；"
                            + "代表已测评%d件，满意%d件、基本满意%d件、不满意%d件，满意率%s。确定重点建议%d件，目前超期%d件。",
                    year,
                    stats[0],
                    stats[1],
                    stats[2],
                    stats[3],
                    assigned,
                    replied,
                    a,
                    b,
                    cc,
                    d,
                    evaluated,
                    sat,
                    basic,
                    unsat,
                    evaluated == 0 ? "—" : String.format("%.1f%%", 100.0 * (sat + basic) / evaluated),
                    key,
                    overdue);
            Map<Long, String> names = new LinkedHashMap<>();
            for (UnitView u : units.activeUnits()) {
                names.put(u.id(), u.name());
            }
            return new HandlingReport(
                    year,
                    stats[0],
                    stats[1],
                    stats[2],
                    stats[3],
                    assigned,
                    replied,
                    a,
                    b,
                    cc,
                    d,
                    evaluated,
                    sat,
                    basic,
                    unsat,
                    key,
                    overdue,
                    summary,
                    evaluate(cases, contacts, names));
        }

        static List<UnitEvaluation> evaluate(
                List<CaseView> cases, Map<Long, List<ContactView>> contactsByCase, Map<Long, String> names) {
            Map<Long, int[]> per = new LinkedHashMap<>();
            for (CaseView c : cases) {
                ClockView reply = c.clocks().stream()
                        .filter(k -> k.name() == ClockName.REPLY)
                        .reduce((x, y) -> y)
                        .orElse(null);
                List<ContactView> contacts = contactsByCase.getOrDefault(c.id(), List.of());
                for (var a : c.assignments()) {
                    if (a.role() == AssignmentRole.CO
                            || !a.state().active() && a.state().name().equals("CANCELLED")) {
                        continue;
                    }
                    int[] s = per.computeIfAbsent(a.unitId(), x -> new int[10]);
                    s[0]++;
                    if (reply != null && (reply.state() == ClockState.MET || reply.state() == ClockState.OVERDUE)) {
                        s[1]++;
                        if (reply.state() == ClockState.MET && !reply.metLate()) {
                            s[2]++;
                        }
                    }
                    if (contacts.stream().anyMatch(x -> x.unitId() == a.unitId())) {
                        s[3]++;
                    }
                    for (ReplyView r : c.replies()) {
                        if (r.type() == ReplyType.RESULT
                                && r.unitId() != null
                                && r.unitId() == a.unitId()
                                && r.resultClass() != null) {
                            s[4 + r.resultClass().ordinal()]++;
                            break;
                        }
                    }
                    EvaluationView last = c.evaluations().isEmpty()
                            ? null
                            : c.evaluations().get(c.evaluations().size() - 1);
                    if (last != null) {
                        s[8] += switch (last.evaluation()) {
                            case SATISFIED -> 1;
                            default -> 0;
                        };
                        s[9] += switch (last.evaluation()) {
                            case BASICALLY_SATISFIED -> 1;
                            default -> 0;
                        };
                    }
                }
            }
            List<UnitEvaluation> list = new ArrayList<>();
            for (var e : per.entrySet()) {
                int[] s = e.getValue();
                int replies = s[4] + s[5] + s[6] + s[7];
                int evaluated = (int) cases.stream()
                        .filter(k -> !k.evaluations().isEmpty()
                                && k.assignments().stream()
                                        .anyMatch(a -> a.unitId() == e.getKey() && a.role() != AssignmentRole.CO))
                        .count();
                int unsatisfied = evaluated - s[8] - s[9];
                double onTime = s[1] == 0 ? 1.0 : (double) s[2] / s[1];
                double contact = s[0] == 0 ? 0 : (double) s[3] / s[0];
                double solved = replies == 0 ? 0 : (double) (s[4] + s[5]) / replies;
                double satisfaction = evaluated == 0 ? 0 : (s[8] + 0.8 * s[9]) / evaluated;
                double score = Math.round((40 * onTime + 20 * contact + 20 * solved + 20 * satisfaction) * 10) / 10.0;
                list.add(new UnitEvaluation(
                        e.getKey(),
                        names.getOrDefault(e.getKey(), "#" + e.getKey()),
                        s[0],
                        s[1],
                        s[2],
                        s[3],
                        s[4],
                        s[5],
                        s[6],
                        s[7],
                        s[8],
                        s[9],
                        unsatisfied,
                        round(onTime),
                        round(contact),
                        round(solved),
                        round(satisfaction),
                        score,
                        0));
            }
            list.sort(Comparator.comparingDouble(UnitEvaluation::score)
                    .reversed()
                    .thenComparing(UnitEvaluation::unitName));
            List<UnitEvaluation> ranked = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                UnitEvaluation u = list.get(i);
                int rank = i > 0 && ranked.get(i - 1).score() == u.score()
                        ? ranked.get(i - 1).rank()
                        : i + 1;
                ranked.add(new UnitEvaluation(
                        u.unitId(),
                        u.unitName(),
                        u.cases(),
                        u.due(),
                        u.onTime(),
                        u.contacted(),
                        u.resultA(),
                        u.resultB(),
                        u.resultC(),
                        u.resultD(),
                        u.satisfied(),
                        u.basicallySatisfied(),
                        u.unsatisfied(),
                        u.onTimeRate(),
                        u.contactRate(),
                        u.solvedRate(),
                        u.satisfactionRate(),
                        u.score(),
                        rank));
            }
            return ranked;
        }

        static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
