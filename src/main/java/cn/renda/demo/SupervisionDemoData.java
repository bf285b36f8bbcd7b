package cn.renda.demo;

import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.ResultClass;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.CurrentUser;
import cn.renda.organization.UnitDirectory;
import cn.renda.supervision.DocumentType;
import cn.renda.supervision.NewOpinion;
import cn.renda.supervision.SupervisionFacade;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The seed's 17 research opinion letters (调研意见书/审议意见函) of 2023 as supervision opinions on the
 * engine, in every stage of the "123" loop, so that the to-do lists, the board and the case pages have
 * something to show. Actions are taken as the demo accounts themselves (staff, the housing bureau's officer).
 */
@Component
class SupervisionDemoData {

    private record Topic(String title, String unit, DocumentType type, String issue) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic("关于生态环境保护工作的调研意见书", "区住房和城市更新局", DocumentType.RESEARCH, "汤逊湖沿岸截污管网仍有断点"),
            new Topic("关于打击治理电信网络诈骗工作的调研意见书", "区住房和城市更新局", DocumentType.RESEARCH, "小区宣传覆盖不全"),
            new Topic("关于安全生产工作的调研意见书", "区住房和城市更新局", DocumentType.RESEARCH, "在建工地隐患排查不彻底"),
            new Topic("关于预算绩效管理工作的调研意见书", "区住房和城市更新局", DocumentType.RESEARCH, "绩效目标设置偏粗"),
            new Topic("关于重大项目推进情况的审议意见", "区住房和城市更新局", DocumentType.DELIBERATION, "项目前期手续办理慢"),
            new Topic("关于法治政府建设情况的审议意见", "区住房和城市更新局", DocumentType.DELIBERATION, "行政执法公示不及时"),
            new Topic("关于国土空间规划编制工作的审议意见", "区住房和城市更新局", DocumentType.DELIBERATION, "村庄规划覆盖率低"),
            new Topic("关于优化营商环境工作的审议意见", "区住房和城市更新局", DocumentType.DELIBERATION, "项目落地审批时限长"),
            new Topic("关于《湿地保护法》执法检查的监督意见", "区住房和城市更新局", DocumentType.SUPERVISION, "湿地占用问题整改慢"),
            new Topic("关于《武汉市物业管理条例》执法检查的监督意见", "区住房和城市更新局", DocumentType.SUPERVISION, "业主委员会组建率低"),
            new Topic("关于老旧小区改造工作的调研意见书", "区住房和城市更新局", DocumentType.RESEARCH, "加装电梯协调难"),
            new Topic("关于城市更新工作的审议意见", "区住房和城市更新局", DocumentType.DELIBERATION, "历史街区保护与更新统筹不够"),
            new Topic("关于乡村振兴工作的调研意见书", "区住房和城市更新局", DocumentType.RESEARCH, "农村人居环境长效管护缺位"),
            new Topic("关于《公证法》执法检查的监督意见", "区住房和城市更新局", DocumentType.SUPERVISION, "公证服务进村不够"),
            new Topic("关于义务教育优质均衡发展的调研意见书", "区教育局", DocumentType.RESEARCH, "城区学位紧张"),
            new Topic("关于养老服务体系建设的调研意见书", "区民政局", DocumentType.RESEARCH, "社区嵌入式养老设施不足"),
            new Topic("关于交通拥堵治理的调研意见书", "区交通运输局", DocumentType.RESEARCH, "纸坊大街早晚高峰拥堵"));

    /** The year of the seed's letters: they are numbered 〔2023〕 though their clocks run from today. */
    static final int SEED_YEAR = 2023;

    private final SupervisionFacade supervision;
    private final HandlingFacade handling;
    private final DemoUsers users;
    private final UnitDirectory units;

    SupervisionDemoData(SupervisionFacade supervision, HandlingFacade handling, DemoUsers users, UnitDirectory units) {
        this.supervision = supervision;
        this.handling = handling;
        this.users = users;
        this.units = units;
    }

    /** Loads the opinions for the bound congress (Jiangxia); returns them as loaded. */
    List<CaseView> load(long congressId, LocalDate today) {
        CurrentUser staff = users.user(congressId, "staff");
        CurrentUser officer = users.user(congressId, "unit");
        List<CaseView> loaded = new java.util.ArrayList<>();
        for (int i = 0; i < TOPICS.size(); i++) {
            Topic t = TOPICS.get(i);
            var unit = units.findByName(t.unit()).orElse(null);
            if (unit == null) {
                continue;
            }
            // Stages: 0–6 closed, 7–10 planned (result clock running), 11–12 accepted, 13–15 issued, 16 draft overdue.
            int stage = i <= 6 ? 4 : i <= 10 ? 3 : i <= 12 ? 2 : i <= 15 ? 1 : 0;
            boolean ownUnit = unit.id() == (officer.unitId() == null ? -1 : officer.unitId());
            if (!ownUnit && stage > 1) {
                stage = 1;
            }
            LocalDate source = stage == 0 ? today.minusDays(20) : today.minusDays(stage >= 3 ? 40 + i : 3 + i % 3);
            int s = stage;
            CaseView c = DemoUsers.as(
                    staff,
                    () -> supervision.createOpinion(new NewOpinion(
                                    t.type(),
                                    t.title(),
                                    "区人大常委会组成人员在专题调研和审议中提出以下问题，请认真研究处理，按“123”机制回复办理方案和办理情况。",
                                    "监督",
                                    List.of(t.issue()),
                                    List.of(new UnitAssignment(unit.id(), AssignmentRole.LEAD)),
                                    "2023年专题视察调研",
                                    source,
                                    s >= 1)
                            .datedIn(SEED_YEAR)));
            if (s >= 2) {
                c = DemoUsers.as(officer, act(c, ActionCommand.accept(c.version(), null)));
            }
            if (s >= 3) {
                c = DemoUsers.as(
                        officer, act(c, ActionCommand.submitPlan(c.version(), null, "成立工作专班，明确责任分工和时间节点，逐项整改。")));
            }
            if (s >= 4) {
                c = DemoUsers.as(
                        officer,
                        act(c, ActionCommand.reply(c.version(), null, "已按办理方案完成整改，相关问题已解决。", ResultClass.A, true)));
                c = DemoUsers.as(staff, act(c, ActionCommand.close(c.version(), null)));
            }
            loaded.add(c);
        }
        return loaded;
    }

    private Supplier<CaseView> act(CaseView c, ActionCommand command) {
        return () -> handling.act(c.id(), command);
    }
}
