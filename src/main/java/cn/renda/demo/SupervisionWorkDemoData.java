package cn.renda.demo;

import cn.renda.core.PageRequest;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.CurrentUser;
import cn.renda.meeting.AgendaItemType;
import cn.renda.meeting.AgendaItemView;
import cn.renda.meeting.MeetingFacade;
import cn.renda.meeting.MeetingFilter;
import cn.renda.meeting.MeetingKind;
import cn.renda.meeting.MeetingView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.ScMemberView;
import cn.renda.organization.UnitDirectory;
import cn.renda.supervision.EnforcementFacade;
import cn.renda.supervision.EnforcementFacade.EnforcementReport;
import cn.renda.supervision.EnforcementFacade.NewEnforcement;
import cn.renda.supervision.EnforcementFacade.NewQuestionnaire;
import cn.renda.supervision.EnforcementMode;
import cn.renda.supervision.InspectionFacade;
import cn.renda.supervision.InspectionFacade.NewFinding;
import cn.renda.supervision.InspectionFacade.NewInspection;
import cn.renda.supervision.InspectionFacade.NewInstruction;
import cn.renda.supervision.InspectionFacade.NewResearchReport;
import cn.renda.supervision.InspectionFacade.NewSurvey;
import cn.renda.supervision.InspectionFacade.NewVisit;
import cn.renda.supervision.InspectionKind;
import cn.renda.supervision.PlanPhase;
import cn.renda.supervision.SupervisionForm;
import cn.renda.supervision.SupervisionPlanFacade;
import cn.renda.supervision.SupervisionPlanFacade.NewPlan;
import cn.renda.supervision.SupervisionPlanFacade.NewPlanItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 江夏区's supervision of 2023 after the seed's section 二: the annual plan adopted by the first directors'
 * meeting and published; 20 inspections and research visits (6 by the directors' meeting, 14 special
 * inspections before the 14 special work reports) with the 17 opinion letters linked to them; 6
 * law-enforcement inspections (4 joint with the city, 2 self-initiated; those heard are published); 5
 * research reports to the Party committee, 3 with the main leaders' instructions; two surveys.
 */
@Component
class SupervisionWorkDemoData {

    /** The directors' meeting research topics (主任会议调研) and the keyword naming their opinion letter. */
    private static final String[][] DIRECTORS_RESEARCH = {
        {"生态环境保护工作", "生态环境"},
        {"打击治理电信网络诈骗工作", "电信网络诈骗"},
        {"安全生产工作", "安全生产"},
        {"预算绩效管理工作", "预算绩效"},
        {"老旧小区改造工作", "老旧小区"},
        {"义务教育优质均衡发展、养老服务和交通拥堵治理", "义务教育"}
    };

    /** Law, mode, the city's reference (joint only), scope, the SC item heard (or null). */
    private static final String[][] LAWS = {
        {"湿地保护法", "CITY_JOINT", "武人常办〔2023〕5号", "全区湿地保护规划、湿地占用审批和修复情况", "湿地保护法"},
        {"武汉市促进科技成果转化条例", "CITY_JOINT", "武人常办〔2023〕9号", "科技成果转化政策落实、平台建设情况", null},
        {"武汉市蔬菜农药残留监督管理条例", "CITY_JOINT", "武人常办〔2023〕12号", "蔬菜基地、农贸市场农残检测情况", null},
        {"武汉市养犬管理条例", "CITY_JOINT", "武人常办〔2023〕16号", "养犬登记、文明养犬执法情况", null},
        {"武汉市物业管理条例", "SELF_INITIATED", null, "业主委员会组建、物业服务和监管情况", "物业管理条例"},
        {"公证法", "SELF_INITIATED", null, "公证机构执业、公证服务进村入社区情况", null}
    };

    private static final String[][] RESEARCH_REPORTS = {
        {"关于优化营商环境、推动项目落地的调研报告", "区委主要领导", "请区政府认真研究,逐项抓好整改落实。"},
        {"关于乡村振兴中农村人居环境长效管护的调研报告", "区委主要领导", "报告很有价值,请相关部门抓好落实。"},
        {"关于全区重大项目推进情况的调研报告", "区委主要领导", "请发改局牵头,建立问题清单,限期销号。"},
        {"关于基层医疗卫生服务体系建设的调研报告", null, null},
        {"关于城市更新中历史街区保护的调研报告", null, null}
    };

    private final SupervisionPlanFacade plans;
    private final InspectionFacade inspections;
    private final EnforcementFacade enforcements;
    private final MeetingFacade meetings;
    private final PersonRegistry people;
    private final UnitDirectory units;
    private final DemoUsers users;

    SupervisionWorkDemoData(
            SupervisionPlanFacade plans,
            InspectionFacade inspections,
            EnforcementFacade enforcements,
            MeetingFacade meetings,
            PersonRegistry people,
            UnitDirectory units,
            DemoUsers users) {
        this.plans = plans;
        this.inspections = inspections;
        this.enforcements = enforcements;
        this.meetings = meetings;
        this.people = people;
        this.units = units;
        this.users = users;
    }

    /** Loads 2023's supervision in the bound congress, linking the given opinion letters to their inspections. */
    void load(long congressId, List<CaseView> letters) {
        CurrentUser staff = users.user(congressId, "staff");
        DemoUsers.as(staff, () -> {
            loadAs(letters);
            return null;
        });
    }

    private void loadAs(List<CaseView> letters) {
        List<ScMemberView> members = people.scMembers();
        List<AgendaItemView> reports = new ArrayList<>();
        List<AgendaItemView> lawReports = new ArrayList<>();
        List<MeetingView> sc = meetings.list(
                        new MeetingFilter(MeetingKind.SC_MEETING, null, 2023), new PageRequest(0, 50, "date", false))
                .items();
        for (MeetingView m : sc) {
            for (AgendaItemView i : meetings.detail(m.id()).items()) {
                if (i.type() == AgendaItemType.SPECIAL_WORK_REPORT) {
                    reports.add(i);
                } else if (i.type() == AgendaItemType.LAW_ENFORCEMENT_INSPECTION_REPORT) {
                    lawReports.add(i);
                }
            }
        }
        MeetingView directors = meetings.list(
                        new MeetingFilter(MeetingKind.DIRECTORS_MEETING, null, 2023),
                        new PageRequest(0, 1, "date", false))
                .items()
                .get(0);

        // The plan: every report, law-enforcement inspection and the special inquiry, heard where the seed says.
        long plan = plans.create(new NewPlan(2023, "江夏区人大常委会2023年度监督工作计划"));
        List<Long> reportItems = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            AgendaItemView report = reports.get(r);
            LocalDate heard = meetingDate(sc, report.meetingId());
            reportItems.add(plans.addItem(
                    plan,
                    new NewPlanItem(
                            SupervisionForm.SPECIAL_WORK_REPORT,
                            "听取和审议" + report.title(),
                            report.committeeId(),
                            members.get(1 + r % 4).personId(),
                            List.of(
                                    members.get(6 + r % 8).personId(),
                                    members.get(7 + r % 8).personId()),
                            // 会前调研 starts six weeks before the hearing, within the plan year.
                            heard.minusDays(45).isBefore(LocalDate.of(2023, 1, 1))
                                    ? LocalDate.of(2023, 1, 1)
                                    : heard.minusDays(45),
                            heard,
                            report.id())));
        }
        List<Long> lawItems = new ArrayList<>();
        for (int l = 0; l < LAWS.length; l++) {
            String[] law = LAWS[l];
            Long heardItem = law[4] == null
                    ? null
                    : lawReports.stream()
                            .filter(i -> i.title().contains(law[4]))
                            .map(AgendaItemView::id)
                            .findFirst()
                            .orElse(null);
            lawItems.add(plans.addItem(
                    plan,
                    new NewPlanItem(
                            SupervisionForm.LAW_ENFORCEMENT_INSPECTION,
                            "《" + law[0] + "》执法检查",
                            null,
                            members.get(1 + l % 4).personId(),
                            List.of(members.get(8 + l).personId()),
                            LocalDate.of(2023, 3 + l, 1),
                            LocalDate.of(2023, 4 + l, 28),
                            heardItem)));
        }
        long inquiry = plans.addItem(
                plan,
                new NewPlanItem(
                        SupervisionForm.SPECIAL_INQUIRY,
                        "优化营商环境专题询问(查、研、究、督、问)",
                        null,
                        members.get(0).personId(),
                        List.of(members.get(2).personId(), members.get(3).personId()),
                        LocalDate.of(2023, 4, 1),
                        LocalDate.of(2023, 10, 31),
                        null));
        long directorsResearch = plans.addItem(
                plan,
                new NewPlanItem(
                        SupervisionForm.INSPECTION,
                        "主任会议专题调研(6次)",
                        null,
                        members.get(0).personId(),
                        List.of(),
                        LocalDate.of(2023, 2, 1),
                        LocalDate.of(2023, 7, 31),
                        null));
        plans.adopt(plan, directors.id(), directors.startsAt().toLocalDate());
        plans.publish(plan);
        // Phases as of the seed (mid-August 2023): the reports are heard and followed up, the inquiry under way.
        for (long item : reportItems) {
            plans.moveItem(item, PlanPhase.UNDER_WAY);
            plans.moveItem(item, PlanPhase.HEARD);
            plans.moveItem(item, PlanPhase.FOLLOW_UP);
        }
        plans.moveItem(inquiry, PlanPhase.UNDER_WAY);
        plans.moveItem(directorsResearch, PlanPhase.UNDER_WAY);
        plans.moveItem(directorsResearch, PlanPhase.DONE);

        // 20 inspections: 6 directors' meeting research, 14 special inspections before the reports.
        Set<Long> linked = new HashSet<>();
        List<Long> all = new ArrayList<>();
        for (int d = 0; d < DIRECTORS_RESEARCH.length; d++) {
            LocalDate on = LocalDate.of(2023, 2 + d, 10 + d);
            long id = inspections.create(new NewInspection(
                    InspectionKind.DIRECTORS_RESEARCH,
                    "主任会议调研:" + DIRECTORS_RESEARCH[d][0],
                    members.get(d % 4).personId(),
                    List.of(members.get(5 + d).personId(), members.get(6 + d).personId()),
                    on,
                    directorsResearch,
                    null));
            visit(id, on, "区直有关部门及街道", "听取工作汇报,实地察看重点点位。");
            link(id, DIRECTORS_RESEARCH[d][1], letters, linked);
            all.add(id);
        }
        for (int r = 0; r < reports.size(); r++) {
            AgendaItemView report = reports.get(r);
            LocalDate heard = meetingDate(sc, report.meetingId());
            // 会前调研 a month before the hearing; the January meeting's in the first days of the year.
            LocalDate on = heard.minusDays(30).getYear() < 2023 ? LocalDate.of(2023, 1, 3) : heard.minusDays(30);
            String topic = report.title()
                    .replaceFirst("^.*?关于", "")
                    .replace("情况的报告", "")
                    .replace("的报告", "");
            long id = inspections.create(new NewInspection(
                    InspectionKind.SPECIAL_INSPECTION,
                    "专题视察调研:" + topic,
                    members.get(1 + r % 4).personId(),
                    List.of(
                            members.get(6 + r % 8).personId(),
                            members.get(7 + r % 8).personId()),
                    on,
                    reportItems.get(r),
                    report.id()));
            visit(
                    id,
                    on,
                    report.reportingUnitName() == null ? "区直有关部门" : report.reportingUnitName(),
                    "实地察看,召开座谈会听取意见。");
            String key = topic.length() > 4 ? topic.substring(0, 4) : topic;
            link(id, key, letters, linked);
            all.add(id);
        }
        // Opinion letters no topic matched: to the inspections in order, so all 17 hang on one.
        int next = 0;
        for (CaseView letter : letters) {
            if (!linked.contains(letter.id())) {
                inspections.linkFinding(all.get(next++ % all.size()), firstIssue(letter), letter.id());
                linked.add(letter.id());
            }
        }
        for (long id : all) {
            var view = inspections.get(id);
            inspections.report(
                    id, "调研报告:" + view.topic() + "。详见调研意见书。", view.startsOn().plusDays(10));
        }

        // 6 law-enforcement inspections; the two heard at SC meetings are published.
        Long unit = units.findByName("区住房和城市更新局").map(u -> u.id()).orElse(null);
        for (int l = 0; l < LAWS.length; l++) {
            String[] law = LAWS[l];
            LocalDate on = LocalDate.of(2023, 3 + l, 6);
            long id = enforcements.create(new NewEnforcement(
                    law[0],
                    EnforcementMode.valueOf(law[1]),
                    law[2],
                    law[3],
                    members.get(1 + l % 4).personId(),
                    List.of(members.get(8 + l).personId(), members.get(9 + l).personId()),
                    on,
                    lawItems.get(l),
                    null));
            enforcements.addVisit(id, new NewVisit("相关街道和执法部门", on.plusDays(3), "执法部门负责同志、群众代表", "实地检查法律实施情况。"));
            enforcements.addQuestionnaire(
                    id, new NewQuestionnaire("《" + law[0] + "》实施情况问卷", 300, 268, "多数受访者认为实施情况总体良好。"));
            if (unit != null && law[4] != null) {
                enforcements.addFinding(
                        id,
                        new NewFinding(
                                "执法检查发现的问题需限期整改",
                                "第" + (10 + l) + "条",
                                cn.renda.supervision.FindingOutcome.RECTIFICATION,
                                List.of(new UnitAssignment(unit, AssignmentRole.LEAD)),
                                60,
                                on.plusDays(5)));
            }
            enforcements.report(
                    id,
                    new EnforcementReport(
                            "《" + law[0] + "》在我区总体得到较好贯彻实施。",
                            "部分领域执法力量不足,宣传不够深入。",
                            "加强执法队伍建设,加大普法宣传力度。",
                            null,
                            on.plusDays(30)));
            if (law[4] != null) {
                lawReports.stream()
                        .filter(i -> i.title().contains(law[4]))
                        .findFirst()
                        .ifPresent(i -> {
                            enforcements.heard(id, i.id());
                            enforcements.publish(id);
                        });
            }
        }

        // 调研专报 5 issues, 3 with the main leaders' instructions; two surveys.
        for (int r = 0; r < RESEARCH_REPORTS.length; r++) {
            String[] report = RESEARCH_REPORTS[r];
            long id = inspections.addResearchReport(new NewResearchReport(
                    all.get(r), 2023, r + 1, report[0], LocalDate.of(2023, 3 + r, 20), "在视察调研基础上形成的调研专报。"));
            if (report[1] != null) {
                long instruction = inspections.addInstruction(
                        id, new NewInstruction(report[1], LocalDate.of(2023, 3 + r, 28), report[2]));
                if (r < 2) {
                    inspections.recordAction(instruction, "已转区政府办理,相关问题纳入整改清单。", LocalDate.of(2023, 4 + r, 15));
                }
            }
        }
        inspections.addSurvey(new NewSurvey(
                "优化营商环境社情民意调查",
                "问卷调查和企业座谈",
                LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 31),
                520,
                List.of("项目审批环节多、时限长", "惠企政策知晓率不高", "水电气报装时间长")));
        inspections.addSurvey(new NewSurvey(
                "乡村振兴社情民意调查",
                "入户走访",
                LocalDate.of(2023, 5, 8),
                LocalDate.of(2023, 5, 26),
                360,
                List.of("农村生活污水处理设施运维不到位", "村级集体经济增收渠道少")));
    }

    private void visit(long inspection, LocalDate on, String place, String findings) {
        inspections.addVisit(inspection, new NewVisit(place, on, "相关部门负责同志、基层干部群众", findings));
    }

    /** Links the first not yet linked letter whose title contains the keyword. */
    private void link(long inspection, String keyword, List<CaseView> letters, Set<Long> linked) {
        for (CaseView letter : letters) {
            if (!linked.contains(letter.id()) && letter.title().contains(keyword)) {
                inspections.linkFinding(inspection, firstIssue(letter), letter.id());
                linked.add(letter.id());
                return;
            }
        }
    }

    private static String firstIssue(CaseView letter) {
        Object issues = letter.attributes().get("issues");
        if (issues instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.get(0));
        }
        return letter.title();
    }

    private static LocalDate meetingDate(List<MeetingView> sc, long meetingId) {
        return sc.stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow()
                .startsAt()
                .toLocalDate();
    }
}
