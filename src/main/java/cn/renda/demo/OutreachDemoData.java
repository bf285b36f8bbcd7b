package cn.renda.demo;

import cn.renda.core.PageRequest;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.Evaluation;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.ResultClass;
import cn.renda.identity.CurrentUser;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.DeputyView;
import cn.renda.organization.GroupFilter;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.GroupView;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.StationFilter;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationView;
import cn.renda.organization.StreetView;
import cn.renda.organization.UnitDirectory;
import cn.renda.outreach.NewActivity;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.NewTheme;
import cn.renda.outreach.OpinionView;
import cn.renda.outreach.OutreachImport;
import cn.renda.outreach.TrainingKind;
import cn.renda.outreach.VoterOpinions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Outreach of the demo congress after the seed's section 三: the eight themes of the year and three streets' own
 * themes, groups' orders, about a hundred activities over the 13 streets (some co-organized), reception days at the
 * stations, the 6 lectures and 5 study tours, and some three hundred voter opinions in every state and tier —
 * among them the seed's stories (法泗街 parking, 五里界街 village governance, 乌龙泉街 watermelon livestream,
 * 黄龙山社区 joint evaluation) — many answered and published so the portal is not empty.
 */
@Component
class OutreachDemoData {

    private record Story(String street, String title, String content, String category, String reply) {}

    /** The seed's own stories, answered at street level and published. */
    private static final List<Story> STORIES = List.of(
            new Story(
                    "法泗街",
                    "社区居民停车难",
                    "小区车位少，晚上车辆停到消防通道上，希望解决停车难问题。",
                    "社区治理",
                    "街道人大工委组织代表实地调研，协调利用闲置地块新建停车位120个，并划定夜间临时停车区，消防通道已恢复畅通。"),
            new Story(
                    "五里界街",
                    "村湾环境脏乱、经营无序",
                    "村湾里经营户乱摆乱放，垃圾清运不及时，希望加强管理。",
                    "农业农村",
                    "街道构建“人大代表-红色物业-村党组织-经营户”四位一体管理架构，落实门前三包和垃圾日清，村湾实现由乱到治。"),
            new Story(
                    "乌龙泉街",
                    "土地堂西瓜销路不畅",
                    "今年西瓜丰收但收购价低，瓜农担心卖不出去。",
                    "农业农村",
                    "街道人大工委组织人大代表为“土地堂 西瓜王”直播带货，联系电商平台和商超，帮助瓜农销售西瓜。"),
            new Story(
                    "郑店街",
                    "黄龙山社区项目建设群众参与",
                    "社区改造项目希望让居民参与评议，监督工程质量。",
                    "社区治理",
                    "黄龙山社区从议事会、理事会、监事会中抽出成员组建项目考核小组，对改造项目共同评议，结果在社区公示。"),
            new Story(
                    "法泗街",
                    "赏荷采莲节期间交通拥堵",
                    "赏荷采莲节游客多，进村道路拥堵，希望疏导交通。",
                    "交通出行",
                    "街道协调交警在节会期间设置临时停车场和单向通行，安排志愿者疏导，节会期间未再发生长时间拥堵。"));

    private static final String[][] TOPICS = {
        {"小区路灯损坏", "小区里好几盏路灯坏了，晚上出行不安全。", "城市建设"},
        {"农贸市场周边占道经营", "菜市场门口占道经营，早上堵得走不动。", "城市建设"},
        {"公交班次太少", "到纸坊的公交车班次少，上班等车时间长。", "交通出行"},
        {"学校门口接送拥堵", "放学时学校门口车辆乱停，孩子过马路不安全。", "教育"},
        {"社区卫生服务站缺药", "社区卫生服务站常用药经常缺货，老人看病不方便。", "医疗卫生"},
        {"老旧小区加装电梯", "老小区六层没有电梯，老人上下楼困难，希望推进加装电梯。", "城市建设"},
        {"湖边垃圾无人清理", "湖边步道垃圾多，没人打扫，影响环境。", "生态环境"},
        {"农田灌溉渠堵塞", "灌溉渠年久失修，春耕用水困难。", "农业农村"},
        {"养老服务站活动少", "社区养老服务站活动少，希望多组织老年人活动。", "社会保障"},
        {"企业办事审批慢", "小微企业办理证照跑了好几趟，希望简化流程。", "营商环境"},
        {"雨天道路积水", "主干道低洼处一下雨就积水，车辆和行人通行困难。", "城市建设"},
        {"村道破损", "通往村里的道路坑坑洼洼，雨天泥泞。", "农业农村"},
        {"噪音扰民", "附近工地夜间施工噪音大，影响休息。", "生态环境"},
        {"健身器材损坏", "小区健身器材损坏很久没有维修。", "社区治理"},
        {"快递乱堆放", "快递堆在小区门口，丢件多，希望设置快递柜。", "社区治理"}
    };

    private final OutreachImport imports;
    private final VoterOpinions opinions;
    private final HandlingFacade handling;
    private final BodyDirectory bodies;
    private final GroupRegistry groups;
    private final PersonRegistry people;
    private final StationRegistry stations;
    private final UnitDirectory units;
    private final DemoUsers users;

    OutreachDemoData(
            OutreachImport imports,
            VoterOpinions opinions,
            HandlingFacade handling,
            BodyDirectory bodies,
            GroupRegistry groups,
            PersonRegistry people,
            StationRegistry stations,
            UnitDirectory units,
            DemoUsers users) {
        this.imports = imports;
        this.opinions = opinions;
        this.handling = handling;
        this.bodies = bodies;
        this.groups = groups;
        this.people = people;
        this.stations = stations;
        this.units = units;
        this.users = users;
    }

    /** Loads the outreach of the bound congress (Jiangxia) for the year of {@code today}; returns the opinions. */
    int load(long congressId, LocalDate today) {
        CurrentUser staff = users.user(congressId, "staff");
        CurrentUser deputy = users.user(congressId, "deputy");
        CurrentUser officer = users.user(congressId, "unit");
        return DemoUsers.as(staff, () -> {
            Random random = new Random(2023);
            int year = today.getYear();
            List<StreetView> streets = bodies.streets();
            Map<Long, List<GroupView>> groupsByStreet = new HashMap<>();
            Map<Long, List<DeputyView>> deputiesByStreet = new HashMap<>();
            for (StreetView s : streets) {
                groupsByStreet.put(
                        s.id(),
                        groups.list(new GroupFilter(null, s.id(), null, true), new PageRequest(0, 50, null, false))
                                .items());
                deputiesByStreet.put(s.id(), people.deputiesOfStreet(s.id()));
            }
            List<Long> themes = themes(year, streets);
            orders(themes, streets, groupsByStreet);
            activities(today, streets, themes, groupsByStreet, deputiesByStreet, random);
            List<Long> everyDeputy = deputiesByStreet.values().stream()
                    .flatMap(List::stream)
                    .map(DeputyView::id)
                    .sorted()
                    .toList();
            duties(today, random, deputy.personId());
            trainings(year, everyDeputy, deputy.personId());
            return opinions(today, streets, deputiesByStreet, staff, deputy, officer, random);
        });
    }

    private List<Long> themes(int year, List<StreetView> streets) {
        String[][] catalogue = {
            {"1", "春耕生产", "围绕春耕备耕、农资供应和农田水利开展视察走访，收集农户意见。"},
            {"1", "项目落地", "跟踪重大项目开工和投产情况，帮助协调项目落地中的堵点难点。"},
            {"2", "汤逊湖组团规划", "围绕汤逊湖组团规划编制和生态保护听取群众意见。"},
            {"2", "城市更新", "关注老旧小区改造、历史街区保护和城市功能完善。"},
            {"2", "创新成果转化", "走访高校和科技企业，推动创新成果在江夏转化落地。"},
            {"3", "优化营商环境", "围绕招商签约、立项备案等事项开展调研，为优化营商环境出真招。"},
            {"3", "乡村振兴", "关注产业发展、人居环境和乡风文明，助力乡村振兴。"},
            {"4", "共同缔造美好环境与幸福生活", "发动群众决策共谋、发展共建、建设共管、效果共评、成果共享。"}
        };
        List<Long> ids = new ArrayList<>();
        for (String[] t : catalogue) {
            ids.add(imports.theme(NewTheme.district(t[1], t[2], year, Integer.parseInt(t[0]))));
        }
        Map<String, Long> byName = new HashMap<>();
        streets.forEach(s -> byName.put(s.name(), s.id()));
        ids.add(imports.theme(NewTheme.ofStreet("赏荷采莲节", "组织代表协助举办江夏区第十一届赏荷采莲节。", year, 3, byName.get("法泗街"))));
        ids.add(imports.theme(NewTheme.ofStreet("“土地堂 西瓜王”直播带货", "代表为西瓜直播带货，推动乡村振兴。", year, 3, byName.get("乌龙泉街"))));
        ids.add(imports.theme(
                NewTheme.ofStreet("村湾治理四位一体", "构建人大代表-红色物业-村党组织-经营户四位一体管理架构。", year, 2, byName.get("五里界街"))));
        return ids;
    }

    private void orders(List<Long> themes, List<StreetView> streets, Map<Long, List<GroupView>> groupsByStreet) {
        for (int s = 0; s < streets.size(); s++) {
            List<GroupView> gs = groupsByStreet.get(streets.get(s).id());
            for (int g = 0; g < gs.size(); g++) {
                // every group orders two district themes (点单), spread over the catalogue
                for (int k = 0; k < 2; k++) {
                    long theme = themes.get((s + g * 3 + k * 5) % 8);
                    imports.order(theme, gs.get(g).id(), 1 + (s + k) % 3, "结合本选区实际开展走访和座谈。");
                }
            }
        }
    }

    private void activities(
            LocalDate today,
            List<StreetView> streets,
            List<Long> themes,
            Map<Long, List<GroupView>> groupsByStreet,
            Map<Long, List<DeputyView>> deputiesByStreet,
            Random random) {
        String[] forms = {"走访", "座谈会", "视察", "接待选民", "调研", "宣讲"};
        String[] places = {"社区党群服务中心", "村委会", "代表工作室", "项目工地", "农贸市场", "企业车间"};
        for (int i = 0; i < 104; i++) {
            StreetView street = streets.get(i % streets.size());
            List<GroupView> gs = groupsByStreet.get(street.id());
            GroupView group = gs.isEmpty() ? null : gs.get(i % gs.size());
            int themeIndex = (i % streets.size() + (group == null ? 0 : gs.indexOf(group)) * 3 + (i / 13) % 2 * 5) % 8;
            Long theme = i % 9 == 8 ? null : themes.get(themeIndex);
            List<DeputyView> ds = deputiesByStreet.get(street.id());
            List<Long> attending = new ArrayList<>();
            for (int k = 0; k < Math.min(ds.size(), 2 + i % 3); k++) {
                attending.add(ds.get((i + k * 7) % ds.size()).id());
            }
            List<Long> co =
                    i % 10 == 3 ? List.of(streets.get((i + 1) % streets.size()).id()) : List.of();
            LocalDate held = today.minusDays(3 + (i * 37L) % 330);
            String form = forms[i % forms.length];
            imports.activity(NewActivity.of(
                    (theme == null ? "联系选民" : "主题活动") + form + "：" + street.name() + places[i % places.length],
                    held,
                    street.name() + places[i % places.length],
                    theme,
                    street.id(),
                    co,
                    group == null ? null : group.id(),
                    null,
                    attending,
                    10 + random.nextInt(70),
                    "代表们" + form + "，听取群众对" + (theme == null ? "民生实事" : "活动主题") + "的意见建议，现场答疑解惑。"));
        }
    }

    private void duties(LocalDate today, Random random, Long demoDeputy) {
        List<StationView> all = stations.list(
                        new StationFilter(null, null, null, null, true), new PageRequest(0, 30, null, false))
                .items();
        for (int i = 0; i < all.size(); i++) {
            StationView s = all.get(i);
            List<Long> ids = new ArrayList<>(
                    s.deputies().stream().map(PersonRef::id).limit(3).toList());
            // the demo deputy takes turns at the first station, so their own page shows reception days
            if (i == 0 && demoDeputy != null && !ids.contains(demoDeputy)) {
                ids.add(demoDeputy);
            }
            for (int w = -3; w <= 2; w++) {
                LocalDate day = today.plusWeeks(w).plusDays(i % 5);
                imports.duty(s.id(), day, ids, day.isBefore(today) ? 3 + random.nextInt(20) : null);
            }
        }
    }

    /**
     * The seed's 6 lectures and 5 study-tour batches with attendance by person: a lecture reaches about half of
     * the deputies (in turns), a study tour a batch of 20; the demo deputy attended three lectures and one tour.
     */
    private void trainings(int year, List<Long> deputies, Long demoDeputy) {
        String[] lectures = {"全过程人民民主", "国家安全教育", "代表法与代表履职", "预算审查监督", "人大监督工作实务", "议案建议的提出与办理"};
        for (int i = 0; i < lectures.length; i++) {
            long id = imports.training(
                    TrainingKind.LECTURE,
                    "人大知识专题讲座：" + lectures[i],
                    LocalDate.of(year, 2 + i, 15),
                    "区人大常委会会议室",
                    80 + i * 10);
            List<Long> who = new ArrayList<>();
            for (int d = 0; d < deputies.size(); d++) {
                if ((d + i) % 2 == 0) {
                    who.add(deputies.get(d));
                }
            }
            attend(id, who, demoDeputy, i < 3);
        }
        String[] tours = {"杭州", "绍兴", "合肥", "杭州", "绍兴"};
        for (int i = 0; i < tours.length; i++) {
            long id = imports.training(
                    TrainingKind.STUDY_TOUR,
                    "第" + (i + 1) + "批委员、代表赴" + tours[i] + "考察学习",
                    LocalDate.of(year, 3 + i, 20),
                    tours[i],
                    30);
            List<Long> who = new ArrayList<>();
            for (int d = i * 20; d < Math.min(deputies.size(), i * 20 + 20); d++) {
                who.add(deputies.get(d));
            }
            attend(id, who, demoDeputy, i == 0);
        }
    }

    private void attend(long trainingId, List<Long> who, Long demoDeputy, boolean demoAttends) {
        List<Long> list = new ArrayList<>(who);
        list.remove(demoDeputy);
        if (demoAttends && demoDeputy != null) {
            list.add(demoDeputy);
        }
        imports.attendance(trainingId, list);
    }

    private int opinions(
            LocalDate today,
            List<StreetView> streets,
            Map<Long, List<DeputyView>> deputiesByStreet,
            CurrentUser staff,
            CurrentUser deputy,
            CurrentUser officer,
            Random random) {
        Map<String, Long> byName = new HashMap<>();
        streets.forEach(s -> byName.put(s.name(), s.id()));
        int n = 0;
        long housing = units.findByName("区住房和城市更新局").map(u -> u.id()).orElseThrow();
        for (int i = 0; i < 300; i++) {
            StreetView street = streets.get(i % streets.size());
            String[] topic = TOPICS[(i * 7) % TOPICS.length];
            Long deputyId = i % 3 == 0 ? first(deputiesByStreet.get(street.id())) : null;
            boolean ofDemoDeputy = i % 150 == 7;
            if (ofDemoDeputy) {
                street = streets.stream()
                        .filter(x -> x.id() == deputyStreet(deputy))
                        .findFirst()
                        .orElse(street);
                deputyId = deputy.personId();
            }
            NewOpinion o = deputyId != null
                    ? new NewOpinion(
                            cn.renda.outreach.OpinionChannel.DEPUTY,
                            topic[0],
                            topic[1],
                            null,
                            street.id(),
                            null,
                            deputyId,
                            null,
                            null,
                            null)
                    : NewOpinion.fromPortal(
                            topic[0],
                            topic[1],
                            street.id(),
                            null,
                            null,
                            i % 4 == 0 ? "张" + "伟芳明华".charAt(i % 4) : null,
                            i % 4 == 0 ? "1380000" + (1000 + i) : null);
            long id = imports.opinion(o, at(today.minusDays(1 + (i * 13L) % 300)));
            n++;
            int stage = i
                    % 20; // 0–2 received, 3–5 street handling, 6–9 answered, 10–15 closed, 16 dismissed, 17–19 district
            if (ofDemoDeputy) {
                OpinionView v = opinions.get(id);
                DemoUsers.as(deputy, () -> opinions.takeUp(id, v.version()));
                continue;
            }
            if (stage <= 2) {
                continue;
            }
            if (stage == 16) {
                opinions.dismiss(id, 0, "与既往意见重复，已合并办理。");
                continue;
            }
            if (stage >= 17) {
                if (i % 60 >= 20) {
                    continue; // keep the engine's share small: a third of these escalate
                }
                OpinionView v = opinions.escalate(id, 0, topic[2], housing, "涉及区级部门职责，交区级部门办理。");
                if (stage >= 18) {
                    long caseId = v.caseId();
                    var c = handling.get(caseId);
                    c = DemoUsers.as(officer, actOn(caseId, ActionCommand.accept(c.version(), null)));
                    if (stage == 19) {
                        var accepted = c;
                        DemoUsers.as(
                                officer,
                                actOn(
                                        caseId,
                                        ActionCommand.reply(
                                                accepted.version(),
                                                null,
                                                "已安排专人现场核实，列入本年度整改计划，近期完成维修。",
                                                ResultClass.A,
                                                true)));
                        if (i % 40 == 19) {
                            opinions.evaluate(v.code(), Evaluation.BASICALLY_SATISFIED, null);
                        }
                    }
                }
                continue;
            }
            OpinionView v = opinions.handleAtStreet(id, 0, topic[2], null);
            if (stage <= 5) {
                continue;
            }
            v = opinions.answer(id, v.version(), "街道已组织相关部门现场查看，问题已处理，请继续监督。", stage != 9);
            if (stage >= 10) {
                opinions.evaluate(
                        v.code(),
                        stage == 15
                                ? Evaluation.UNSATISFIED
                                : stage % 2 == 0 ? Evaluation.SATISFIED : Evaluation.BASICALLY_SATISFIED,
                        stage == 15 ? "还没有彻底解决。" : null);
            }
        }
        // the seed's stories last, so the portal's latest answers show them: answered at street level, published,
        // evaluated satisfied
        for (Story s : STORIES) {
            long id = imports.opinion(
                    new NewOpinion(
                            cn.renda.outreach.OpinionChannel.DEPUTY,
                            s.title(),
                            s.content(),
                            s.category(),
                            byName.get(s.street()),
                            null,
                            first(deputiesByStreet.get(byName.get(s.street()))),
                            null,
                            null,
                            null),
                    at(today.minusDays(120 + STORIES.indexOf(s) * 11L)));
            OpinionView v = opinions.handleAtStreet(id, 0, s.category(), null);
            v = opinions.answer(id, v.version(), s.reply(), true);
            opinions.evaluate(v.code(), Evaluation.SATISFIED, "问题解决了，谢谢代表。");
            n++;
        }
        return n;
    }

    private java.util.function.Supplier<cn.renda.handling.CaseView> actOn(long caseId, ActionCommand command) {
        return () -> handling.act(caseId, command);
    }

    private long deputyStreet(CurrentUser deputy) {
        return people.findDeputy(deputy.personId()).map(DeputyView::streetId).orElse(-1L);
    }

    private static Long first(List<DeputyView> deputies) {
        return deputies == null || deputies.isEmpty() ? null : deputies.get(0).id();
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
    }
}
