package cn.renda.supervision.inquiry;

import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.DemoSignIn;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitType;
import cn.renda.organization.UnitView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed's business-environment special inquiry (优化营商环境专题询问) for the demo congress 江夏区, after the
 * demo loader: 7 research teams over two months visiting 83 key enterprise projects, 33 departments and
 * 13 streets; a problem list of 89 problems in 7 categories handed over to the government's departments;
 * 56 of them (62.9 %) verified and closed out before the inquiry meeting, 8 reported and awaiting
 * verification, the rest being rectified. Everything goes through the facade and the engine as the demo
 * staff account, so the figures come from records.
 */
@Component
@Profile("demo")
@Order(5)
class InquiryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InquiryDemoData.class);

    static final String TITLE = "优化营商环境专题询问";

    /** Problems closed out and reported (awaiting verification) before the inquiry. */
    static final int CLOSED = 56;

    static final int REPORTED = 8;

    private record Category(String name, int count, List<String> units, List<String> issues) {}

    private static final List<Category> CATEGORIES = List.of(
            new Category(
                    "审批服务",
                    15,
                    List.of("区政务服务和大数据管理局", "区住房和城市更新局", "区自然资源和规划分局"),
                    List.of(
                            "施工许可办理时限超过承诺时限",
                            "联合验收仍需企业多头跑",
                            "项目审批系统之间数据不共享，材料重复提交",
                            "容缺受理后补正要求不明确",
                            "工程建设项目审批事项清单未及时更新")),
            new Category(
                    "要素保障",
                    14,
                    List.of("区自然资源和规划分局", "区水务和湖泊局", "区发展和改革局"),
                    List.of("项目用地报批周期长，影响开工", "水电气接入配套不同步", "标准厂房供给不足", "用能指标分配不透明")),
            new Category(
                    "惠企政策落实",
                    13,
                    List.of("区发展和改革局", "区科学技术和经济信息化局", "区商务局"),
                    List.of("惠企资金兑现慢，申报流程繁琐", "政策宣传不到位，企业知晓率低", "免申即享覆盖面窄", "招商承诺事项未按期兑现")),
            new Category(
                    "市场监管与执法",
                    12,
                    List.of("区市场监督管理局", "区城市管理执法局", "区应急管理局"),
                    List.of("多头检查、重复检查增加企业负担", "包容审慎监管清单执行不到位", "执法标准不统一，自由裁量过宽")),
            new Category(
                    "融资与涉企收费",
                    12,
                    List.of("区地方金融工作局", "区财政局"),
                    List.of("中小企业融资担保门槛高", "涉企收费目录清单外收费", "政府采购和工程款拖欠中小企业账款")),
            new Category(
                    "基础设施配套",
                    12,
                    List.of("区交通运输局", "区住房和城市更新局", "区水务和湖泊局"),
                    List.of("园区道路断头，物流车辆绕行", "园区排水管网不配套，雨季内涝", "公交线路未覆盖产业园区")),
            new Category(
                    "政务服务与诚信",
                    11,
                    List.of("区投资促进局", "区政务服务和大数据管理局", "区人力资源和社会保障局"),
                    List.of("项目服务专员对接不及时", "企业诉求办理结果反馈不及时", "用工招聘服务与园区需求脱节")));

    private static final List<String> PROJECT_KINDS =
            List.of("智能制造产业园", "新能源汽车零部件项目", "光电子信息产业项目", "生物医药产业基地", "现代物流园", "文旅综合体", "高端装备制造项目");

    private static final List<String> TEAMS = List.of("第一调研组", "第二调研组", "第三调研组", "第四调研组", "第五调研组", "第六调研组", "第七调研组");

    private final CongressFacade congresses;
    private final DemoSignIn signIn;
    private final UnitDirectory units;
    private final SpecialInquiryFacade inquiries;
    private final InquiryRepository repo;
    private final InquiryCases cases;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InquiryDemoData(
            CongressFacade congresses,
            DemoSignIn signIn,
            UnitDirectory units,
            SpecialInquiryFacade inquiries,
            InquiryRepository repo,
            InquiryCases cases,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.congresses = congresses;
        this.signIn = signIn;
        this.units = units;
        this.inquiries = inquiries;
        this.repo = repo;
        this.cases = cases;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long jiangxia = congresses.idByCode("jiangxia").orElse(null);
        if (jiangxia == null) {
            return;
        }
        TenantContext.runAs(
                jiangxia,
                () -> transactions.executeWithoutResult(status -> {
                    if (repo.count() > 0) {
                        return;
                    }
                    long t0 = System.nanoTime();
                    CurrentUser staff = signIn.user(jiangxia, "staff");
                    int problems = DemoSignIn.as(staff, this::load);
                    log.info(
                            "Loaded the demo special inquiry with {} problems in {} ms",
                            problems,
                            (System.nanoTime() - t0) / 1_000_000);
                }));
    }

    /** Loads the inquiry as the signed-in staff; returns how many problems. */
    int load() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        InquiryView inquiry = inquiries.create(new NewInquiry(
                TITLE,
                "聚焦项目落地小切口，深入全区重点企业项目、部门和街道专题调研，深挖影响项目落地的痼瘴顽疾。",
                "财政经济工作委员会",
                today.plusDays(10),
                NewInquiry.DEFAULT_THRESHOLD,
                NewInquiry.DEFAULT_WARNING_DAYS));
        long id = inquiry.id();
        List<Long> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS.size(); t++) {
            teams.add(inquiries
                    .addTeam(id, new NewTeam(TEAMS.get(t), "常委会副主任", "常委会组成人员、相关专工委负责人、人大代表"))
                    .id());
        }
        // 查: two months of visits before the handover.
        LocalDate start = today.minusDays(75);
        List<UnitView> active = units.activeUnits();
        List<String> departments = active.stream()
                .filter(u -> u.type() != UnitType.STREET_OFFICE)
                .map(UnitView::name)
                .limit(33)
                .toList();
        List<String> streets = active.stream()
                .filter(u -> u.type() == UnitType.STREET_OFFICE)
                .map(UnitView::name)
                .limit(13)
                .toList();
        int v = 0;
        for (int p = 0; p < 83; p++) {
            String project = "江夏区" + PROJECT_KINDS.get(p % PROJECT_KINDS.size()) + (p / PROJECT_KINDS.size() + 1) + "号";
            visit(id, teams.get(v % teams.size()), ObjectKind.ENTERPRISE_PROJECT, project, start.plusDays(v % 60), v++);
        }
        for (String d : departments) {
            visit(id, teams.get(v % teams.size()), ObjectKind.DEPARTMENT, d, start.plusDays(v % 60), v++);
        }
        for (String s : streets) {
            visit(id, teams.get(v % teams.size()), ObjectKind.STREET, s, start.plusDays(v % 60), v++);
        }
        // 研: 7 categories, 89 problems.
        List<NewProblem> list = new ArrayList<>();
        int n = 0;
        for (Category c : CATEGORIES) {
            for (int i = 0; i < c.count(); i++) {
                String issue = c.issues().get(i % c.issues().size());
                boolean fromProject = n % 3 != 2;
                String source = fromProject
                        ? "江夏区" + PROJECT_KINDS.get(n % PROJECT_KINDS.size()) + (n % 12 + 1) + "号"
                        : streets.isEmpty() ? departments.get(0) : streets.get(n % streets.size());
                String lead = c.units().get(i % c.units().size());
                List<String> responsible = i % 4 == 3 && c.units().size() > 1
                        ? List.of(lead, c.units().get((i + 1) % c.units().size()))
                        : List.of(lead);
                list.add(new NewProblem(
                        c.name(),
                        fromProject ? ObjectKind.ENTERPRISE_PROJECT : ObjectKind.STREET,
                        source,
                        issue + "（" + source + "反映）",
                        responsible,
                        "调研组走访记录及企业座谈纪要"));
                n++;
            }
        }
        inquiries.importProblems(id, list);
        // 究: the handover meeting.
        inquiries.handOver(id, "召开问题清单交办会，将 89 个问题逐一移交区政府及相关部门整改。");
        // 督: the units report, the committee verifies; spread over the categories.
        List<InquiryRepository.ProblemRow> rows = repo.problemsIn(id, ProblemState.HANDED_OVER);
        for (int i = 0; i < rows.size(); i++) {
            InquiryRepository.ProblemRow r = rows.get(i);
            int slot = (i * 37) % rows.size(); // a fixed spread so every category has closed and open problems
            long lead = r.unitIds().get(0);
            if (slot < CLOSED + REPORTED) {
                cases.accept(r.caseId(), lead);
                cases.reportRectified(r.caseId(), lead, "已对照问题清单完成整改，相关佐证材料已报送。");
                if (slot < CLOSED) {
                    inquiries.closeOut(id, r.id());
                }
            } else if (slot % 2 == 0) {
                cases.accept(r.caseId(), lead);
            }
        }
        return rows.size();
    }

    private void visit(long id, long team, ObjectKind kind, String object, LocalDate on, int n) {
        inquiries.addVisit(
                id,
                new NewVisit(
                        team,
                        kind,
                        object,
                        on,
                        n % 2 == 0 ? "企业负责人、项目专班" : "部门负责人、业务科室",
                        n % 5 == 0 ? "反映审批、要素保障和政策兑现方面的问题，已纳入问题清单。" : null));
    }

    /** Category names and sizes, for tests. */
    static Map<String, Integer> categorySizes() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        CATEGORIES.forEach(c -> out.put(c.name(), c.count()));
        return out;
    }
}
