package cn.renda.demo;

import cn.renda.meeting.AgendaItemCommand;
import cn.renda.meeting.AgendaItemType;
import cn.renda.meeting.AppointmentAction;
import cn.renda.meeting.AppointmentCommand;
import cn.renda.meeting.AttendanceStatus;
import cn.renda.meeting.MeetingCommand;
import cn.renda.meeting.MeetingFacade;
import cn.renda.meeting.MeetingKind;
import cn.renda.meeting.MeetingStatus;
import cn.renda.meeting.RegisterFacade;
import cn.renda.meeting.ResearchKind;
import cn.renda.meeting.ResolutionCommand;
import cn.renda.meeting.VoteCommand;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.ScMemberView;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 江夏区's meetings of 2023 after the seed report: 5 standing committee meetings hearing 14 special work
 * reports, adopting 5 resolutions and decisions and deciding 71 appointment and removal person-times; 9
 * directors' meetings, 7 party group meetings and 11 theory study sessions. Names are invented.
 */
@Component
class MeetingDemoData {

    /** The SC meetings: number in the 7th term, date. */
    private static final int[] SC_NUMBERS = {9, 10, 11, 12, 13};

    private static final List<LocalDate> SC_DATES = List.of(
            LocalDate.of(2023, 1, 11),
            LocalDate.of(2023, 3, 29),
            LocalDate.of(2023, 4, 27),
            LocalDate.of(2023, 6, 29),
            LocalDate.of(2023, 8, 16));

    /** Special work reports per SC meeting (3+3+3+3+2 = 14): title, reporting unit, committee. */
    private static final String[][][] REPORTS = {
        {
            {"关于优化营商环境工作情况的报告", "区人民政府", "财政经济委员会"},
            {"关于打击治理电信网络诈骗工作情况的报告", "区公安分局", "监察和司法委员会"},
            {"关于2022年度区级预算绩效管理工作情况的报告", "区财政局", "预算工作委员会"}
        },
        {
            {"关于法治政府建设工作情况的报告", "区人民政府", "法制委员会"},
            {"关于安全生产工作情况的报告", "区应急管理局", "社会建设委员会"},
            {"关于生态环境保护工作情况的报告", "区生态环境分局", "城乡建设环境保护委员会"}
        },
        {
            {"关于国土空间规划编制工作情况的报告", "区自然资源和规划分局", "城乡建设环境保护委员会"},
            {"关于重大项目推进工作情况的报告", "区发展和改革局", "财政经济委员会"},
            {"关于乡村振兴工作情况的报告", "区农业农村局", "农业与农村委员会"}
        },
        {
            {"关于城市更新工作情况的报告", "区住房和城市更新局", "城乡建设环境保护委员会"},
            {"关于民事审判工作情况的报告", "区人民法院", "监察和司法委员会"},
            {"关于公益诉讼检察工作情况的报告", "区人民检察院", "监察和司法委员会"}
        },
        {
            {"关于基层医疗卫生服务体系建设情况的报告", "区卫生健康局", "教育科学文化卫生委员会"},
            {"关于整治群众身边腐败和作风问题工作情况的报告", "区监察委员会", "监察和司法委员会"}
        }
    };

    /** Law-enforcement inspection reports heard per SC meeting (null: none). */
    private static final String[] LAW_REPORTS = {null, null, "关于《湿地保护法》执法检查情况的报告", null, "关于《武汉市物业管理条例》执法检查情况的报告"};

    private static final String[] RESOLUTIONS = {
        "关于加强湿地保护工作的决议", "关于持续优化营商环境的决定", "关于开展“八五”普法中期评估的决议", "关于批准江夏区2022年区级财政决算的决议", "关于批准调整江夏区2023年区级预算的决议"
    };

    /** Appointment and removal person-times per SC meeting (sums to 71). */
    private static final int[] APPOINTMENTS = {16, 14, 13, 15, 13};

    private static final AppointmentAction[] ACTIONS = {
        AppointmentAction.APPOINT,
        AppointmentAction.REMOVE,
        AppointmentAction.APPOINT,
        AppointmentAction.APPROVE_APPOINTMENT,
        AppointmentAction.ACCEPT_RESIGNATION,
        AppointmentAction.APPOINT,
        AppointmentAction.REMOVE
    };

    private static final String[][] POSTS = {
        {"区发展和改革局", "局长"}, {"区教育局", "副局长"}, {"区人民法院", "审判员"}, {"区民政局", "局长"},
        {"区人民检察院", "检察员"}, {"区财政局", "副局长"}, {"区人民法院", "人民陪审员"}, {"区水务和湖泊局", "局长"},
        {"区人民检察院", "检察委员会委员"}, {"区商务局", "局长"}, {"区人民法院", "庭长"}
    };

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String[] GIVEN = {
        "明远", "志刚", "海波", "建华", "晓峰", "丽娟", "春华", "国强", "文静", "红梅", "永胜", "卫国", "晓燕", "德明", "亚军", "思远", "立群", "秀云"
    };

    private static final int[] DIRECTORS_MONTHS = {1, 2, 3, 3, 4, 5, 6, 7, 8};
    private static final int[] PARTY_GROUP_MONTHS = {1, 2, 3, 4, 5, 6, 7};
    private static final int[] THEORY_MONTHS = {1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8};

    private final MeetingFacade meetings;
    private final RegisterFacade registers;
    private final PersonRegistry people;
    private final UnitDirectory units;
    private final BodyDirectory bodies;

    MeetingDemoData(
            MeetingFacade meetings,
            RegisterFacade registers,
            PersonRegistry people,
            UnitDirectory units,
            BodyDirectory bodies) {
        this.meetings = meetings;
        this.registers = registers;
        this.people = people;
        this.units = units;
        this.bodies = bodies;
    }

    /** Loads 江夏区's 2023 meetings in the bound congress (after its registry). */
    void loadJiangxia() {
        List<ScMemberView> members = people.scMembers();
        Map<String, Long> committees = new HashMap<>();
        bodies.committeeNames().forEach((id, name) -> committees.put(name, id));
        int person = 0;
        for (int s = 0; s < SC_NUMBERS.length; s++) {
            LocalDate date = SC_DATES.get(s);
            long meeting = meetings.create(new MeetingCommand(
                            MeetingKind.SC_MEETING,
                            SC_NUMBERS[s],
                            null,
                            date.atTime(9, 0),
                            date.atTime(12, 0),
                            "区人大常委会机关第一会议室",
                            "江夏区人大常委会主任会议"))
                    .id();
            for (String[] report : REPORTS[s]) {
                long item = meetings.addItem(
                        meeting,
                        new AgendaItemCommand(
                                AgendaItemType.SPECIAL_WORK_REPORT,
                                report[1].replace("区人民政府", "区政府") + report[0],
                                unit(report[1]),
                                committees.get(report[2])));
                meetings.recordTimeline(item, date.minusDays(21), date.minusDays(11), date.minusDays(7));
                meetings.addResearch(
                        item, ResearchKind.VISIT, date.minusDays(30), "组织部分常委会组成人员和代表开展专题视察调研,实地察看重点点位,召开座谈会听取意见。");
                meetings.addRemark(
                        item,
                        "第" + "一二三".charAt(person % 3) + "讨论组",
                        members.get(7 + s).personId(),
                        members.get(7 + s).name(),
                        "报告客观全面,建议进一步聚焦群众关切,细化整改措施和时间表。");
            }
            if (LAW_REPORTS[s] != null) {
                // 听取执法检查报告: heard besides the 14 special work reports.
                meetings.addItem(
                        meeting,
                        new AgendaItemCommand(
                                AgendaItemType.LAW_ENFORCEMENT_INSPECTION_REPORT,
                                LAW_REPORTS[s],
                                null,
                                committees.get("法制委员会")));
            }
            long resolution = meetings.addItem(
                    meeting, new AgendaItemCommand(AgendaItemType.RESOLUTION, RESOLUTIONS[s], null, null));
            long appointments = meetings.addItem(
                    meeting,
                    new AgendaItemCommand(
                            AgendaItemType.APPOINTMENT, "审议人事任免事项", null, committees.get("代表人事选举任免联络工作委员会")));
            meetings.transition(meeting, MeetingStatus.NOTIFIED);
            Map<Long, AttendanceStatus> attendance = new HashMap<>();
            int present = 0;
            for (int m = 0; m < members.size(); m++) {
                AttendanceStatus status = (m + s) % 11 == 5
                        ? AttendanceStatus.ON_LEAVE
                        : (m + s) % 13 == 9 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
                attendance.put(members.get(m).personId(), status);
                present += status == AttendanceStatus.PRESENT ? 1 : 0;
            }
            meetings.recordAttendance(meeting, attendance);
            meetings.transition(meeting, MeetingStatus.HELD);
            meetings.vote(resolution, VoteCommand.tallies(present, 0, 0, 0));
            registers.adopt(resolution, new ResolutionCommand(null, RESOLUTIONS[s], RESOLUTIONS[s] + "(全文略)。", null));
            meetings.vote(appointments, VoteCommand.tallies(present - 1, 0, 1, 0));
            for (int a = 0; a < APPOINTMENTS[s]; a++, person++) {
                String[] post = POSTS[person % POSTS.length];
                registers.record(
                        appointments,
                        new AppointmentCommand(
                                null, name(person), post[1], unit(post[0]), ACTIONS[person % ACTIONS.length], date));
            }
            meetings.transition(meeting, MeetingStatus.MINUTES_APPROVED);
        }
        held(MeetingKind.DIRECTORS_MEETING, DIRECTORS_MONTHS, "主任会议", LocalTime.of(15, 0));
        held(MeetingKind.PARTY_GROUP_MEETING, PARTY_GROUP_MONTHS, "党组会议", LocalTime.of(8, 30));
        held(MeetingKind.THEORY_STUDY, THEORY_MONTHS, "党组理论学习中心组专题学习", LocalTime.of(14, 30));
    }

    private void held(MeetingKind kind, int[] months, String name, LocalTime time) {
        for (int i = 0; i < months.length; i++) {
            LocalDateTime at = LocalDate.of(2023, months[i], 6 + 10 * (i % 2)).atTime(time);
            long id = meetings.create(new MeetingCommand(
                            kind,
                            null,
                            "2023年第" + (i + 1) + "次" + name,
                            at,
                            at.plusHours(2),
                            "区人大常委会机关会议室",
                            "区人大常委会主任"))
                    .id();
            meetings.transition(id, MeetingStatus.NOTIFIED);
            meetings.transition(id, MeetingStatus.HELD);
        }
    }

    private Long unit(String name) {
        return units.findByName(name).map(UnitView::id).orElseThrow(() -> new IllegalStateException("no unit " + name));
    }

    private static String name(int i) {
        return SURNAMES.charAt(i % SURNAMES.length()) + GIVEN[(i * 7 + i / SURNAMES.length()) % GIVEN.length];
    }
}
