package cn.renda.suggestion.internal;

import cn.renda.core.CongressCache;
import cn.renda.core.TenantTransactions;
import cn.renda.handling.CaseFigures;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockState;
import cn.renda.handling.ClockView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.UnitHandlingTally;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.suggestion.HandlingReport;
import cn.renda.suggestion.ProgressNote;
import cn.renda.suggestion.SuggestionReports;
import cn.renda.suggestion.TrackingRow;
import cn.renda.suggestion.UnitEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The implementation of {@link SuggestionReports}. */
@Service
class ReportService implements SuggestionReports {

    private final SuggestionRepository repo;
    private final ReportQueries queries;
    private final HandlingFacade handling;
    private final UnitDirectory units;

    /**
     * The handling report by congress and year, shared by everyone asking within a few seconds and dropped
     * by {@link ReportCache} after the congress's events; a miss or a background refresh reads in a
     * read-only transaction of that congress.
     */
    private final CongressCache<Integer, HandlingReport> cache;

    ReportService(
            SuggestionRepository repo,
            ReportQueries queries,
            HandlingFacade handling,
            UnitDirectory units,
            TenantTransactions tenant,
            @Value("${renda.suggestion.report-cache-ttl:5s}") Duration ttl,
            @Value("${renda.suggestion.report-cache-expiry:5m}") Duration expiry) {
        this.repo = repo;
        this.queries = queries;
        this.handling = handling;
        this.units = units;
        this.cache = new CongressCache<>(
                // A year's report takes seconds to count at scale; if it expired soon after its refresh was due,
                // a refresh slowed by load would make every request wait for a synchronous recount (the scale-1
                // benchmark's report answered nothing in 15 s at 64 connections). This instance's events drop it.
                ttl,
                expiry.compareTo(ttl.multipliedBy(2)) > 0 ? expiry : ttl.multipliedBy(2),
                1_000,
                (congress, year) -> tenant.read(congress, () -> compute(year)));
    }

    /** Forgets the congress's reports (after an event that changes their figures). */
    void invalidate(long congressId) {
        cache.invalidate(congressId);
    }

    /** 双月跟踪: open key and B-class suggestions with their progress notes of the last two months. */
    @Transactional(readOnly = true)
    public List<TrackingRow> tracking(LocalDate asOf) {
        office();
        List<TrackingRow> rows = new ArrayList<>();
        Map<Long, String> names = unitNames();
        Map<Long, SuggestionRepository.Row> byCase = new LinkedHashMap<>();
        for (SuggestionRepository.Row r : repo.registeredCases(null)) {
            byCase.put(r.caseId(), r);
        }
        List<CaseView> views = handling.views(byCase.keySet()).stream()
                .filter(c ->
                        (c.keyCase() || c.tracked()) && !"CLOSED".equals(c.state()) && !"WITHDRAWN".equals(c.state()))
                .toList();
        Map<Long, List<ProgressNote>> notes =
                repo.progressOf(views.stream().map(CaseView::id).toArray(Long[]::new), asOf.minusMonths(2));
        for (CaseView c : views) {
            SuggestionRepository.Row r = byCase.get(c.id());
            ClockView reply = replyClock(c);
            List<String> progress = notes.getOrDefault(c.id(), List.of()).stream()
                    .map(p -> p.notedOn() + " " + p.note())
                    .toList();
            String latest = c.replies().stream()
                    .filter(x -> x.type() == ReplyType.RESULT || x.type() == ReplyType.TRACKING_REPORT)
                    .reduce((a, b) -> b)
                    .map(ReplyView::text)
                    .orElse("");
            rows.add(new TrackingRow(
                    r.id(),
                    c.number(),
                    c.title(),
                    c.keyCase(),
                    String.join(
                            "、",
                            c.assignments().stream()
                                    .filter(a -> a.state().active())
                                    .map(a -> names.getOrDefault(a.unitId(), "#" + a.unitId()))
                                    .toList()),
                    c.state(),
                    reply == null ? null : reply.dueDate(),
                    c.clocks().stream().anyMatch(k -> k.state() == ClockState.OVERDUE),
                    progress,
                    latest));
        }
        return rows;
    }

    /** 年底考评: each answering unit's handling of the year's suggestions, scored and ranked. */
    public List<UnitEvaluation> evaluation(int year) {
        office();
        return cache.get(year).units();
    }

    /**
     * 代表建议办理情况报告 for the year: counted by the database (GROUP BY over the year's cases) and shared
     * for a few seconds by everyone asking for the same congress and year.
     */
    public HandlingReport handlingReport(int year) {
        office();
        return cache.get(year);
    }

    private HandlingReport compute(int year) {
        int[] stats = repo.yearStats(year);
        long[] cases = queries.yearCases(year);
        ReportQueries.Contacted contacted = queries.contacted(year);
        CaseFigures f = handling.figures(cases);
        int assigned = f.assigned(), replied = f.replied(), a = f.resultA(), b = f.resultB(), cc = f.resultC();
        int d = f.resultD(), evaluated = f.evaluated(), sat = f.satisfied(), basic = f.basicallySatisfied();
        int unsat = f.unsatisfied(), key = f.key(), overdue = f.overdue();
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
                evaluate(handling.unitTallies(cases, contacted.caseIds(), contacted.unitIds()), unitNames()));
    }

    /** The handling report as an Excel workbook: the figures and the unit ranking. */
    public byte[] handlingReportExcel(int year) {
        HandlingReport r = handlingReport(year);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(year + "年办理情况");
            Object[][] figures = {
                {"年度", r.year()},
                {"提出议案建议", r.submitted()},
                {"其中议案", r.motions()},
                {"立案", r.registered()},
                {"并案", r.merged()},
                {"交办", r.assigned()},
                {"答复", r.replied()},
                {"A类", r.resultA()},
                {"B类", r.resultB()},
                {"C类", r.resultC()},
                {"D类", r.resultD()},
                {"已测评", r.evaluated()},
                {"满意", r.satisfied()},
                {"基本满意", r.basicallySatisfied()},
                {"不满意", r.unsatisfied()},
                {"重点建议", r.key()},
                {"超期", r.overdue()}
            };
            int n = 0;
            for (Object[] f : figures) {
                Row row = s.createRow(n++);
                row.createCell(0).setCellValue(f[0].toString());
                row.createCell(1).setCellValue(((Number) f[1]).doubleValue());
            }
            s.createRow(n++).createCell(0).setCellValue(r.summary());
            Sheet u = wb.createSheet("承办单位考评");
            String[] head = {
                "名次", "承办单位", "主办件数", "到期件数", "按期答复", "按期率", "联系沟通", "沟通率", "A", "B", "C", "D", "满意", "基本满意", "不满意",
                "满意率", "得分"
            };
            Row h = u.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int i = 1;
            for (UnitEvaluation e : r.units()) {
                Row row = u.createRow(i++);
                Object[] v = {
                    e.rank(),
                    e.unitName(),
                    e.cases(),
                    e.due(),
                    e.onTime(),
                    e.onTimeRate(),
                    e.contacted(),
                    e.contactRate(),
                    e.resultA(),
                    e.resultB(),
                    e.resultC(),
                    e.resultD(),
                    e.satisfied(),
                    e.basicallySatisfied(),
                    e.unsatisfied(),
                    e.satisfactionRate(),
                    e.score()
                };
                for (int k = 0; k < v.length; k++) {
                    if (v[k] instanceof Number num) {
                        row.createCell(k).setCellValue(num.doubleValue());
                    } else {
                        row.createCell(k).setCellValue(String.valueOf(v[k]));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<UnitEvaluation> evaluate(List<UnitHandlingTally> tallies, Map<Long, String> names) {
        List<UnitEvaluation> list = new ArrayList<>();
        for (UnitHandlingTally t : tallies) {
            int replies = t.resultA() + t.resultB() + t.resultC() + t.resultD();
            int evaluated = t.evaluated();
            int unsatisfied = evaluated - t.satisfied() - t.basicallySatisfied();
            double onTime = t.due() == 0 ? 1.0 : (double) t.onTime() / t.due();
            double contact = t.cases() == 0 ? 0 : (double) t.contacted() / t.cases();
            double solved = replies == 0 ? 0 : (double) (t.resultA() + t.resultB()) / replies;
            double satisfaction = evaluated == 0 ? 0 : (t.satisfied() + 0.8 * t.basicallySatisfied()) / evaluated;
            double score = Math.round((40 * onTime + 20 * contact + 20 * solved + 20 * satisfaction) * 10) / 10.0;
            list.add(new UnitEvaluation(
                    t.unitId(),
                    names.getOrDefault(t.unitId(), "#" + t.unitId()),
                    t.cases(),
                    t.due(),
                    t.onTime(),
                    t.contacted(),
                    t.resultA(),
                    t.resultB(),
                    t.resultC(),
                    t.resultD(),
                    t.satisfied(),
                    t.basicallySatisfied(),
                    unsatisfied,
                    round(onTime),
                    round(contact),
                    round(solved),
                    round(satisfaction),
                    score,
                    0));
        }
        list.sort(Comparator.comparingDouble(UnitEvaluation::score).reversed().thenComparing(UnitEvaluation::unitName));
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
        return List.copyOf(ranked);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static ClockView replyClock(CaseView c) {
        return c.clocks().stream()
                .filter(k -> k.name() == ClockName.REPLY)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (UnitView u : units.activeUnits()) {
            names.put(u.id(), u.name());
        }
        return names;
    }

    private static void office() {
        if (!CurrentUser.require().hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER)) {
            throw new AccessDeniedException("suggestion reports");
        }
    }
}
