package cn.renda.demo;

import cn.renda.organization.BodyDirectory;
import cn.renda.organization.BodyKind;
import cn.renda.organization.ContactChannel;
import cn.renda.organization.ContactCommand;
import cn.renda.organization.DeputyCommand;
import cn.renda.organization.DeputyLevel;
import cn.renda.organization.Gender;
import cn.renda.organization.GroupCommand;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.LinkageCommand;
import cn.renda.organization.LinkageRegistry;
import cn.renda.organization.PersonCommand;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.ResponsibilityCommand;
import cn.renda.organization.ResponsibilityRegistry;
import cn.renda.organization.ResponsibilityType;
import cn.renda.organization.RoleCommand;
import cn.renda.organization.RoleKind;
import cn.renda.organization.ScPosition;
import cn.renda.organization.StationCommand;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationType;
import cn.renda.organization.StudioKind;
import cn.renda.organization.UnitCommand;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitType;
import cn.renda.organization.VisitCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The registry of the demo congresses: 江夏区 after the seed report (13 streets, 33 departments,
 * ~300 deputies, 42/18/5 stations, 9 professional groups, 双进双联, 包保 of 一流域七河湖 and 27
 * enterprises and projects) and a small 洪山区. Names of people are invented, generated
 * deterministically from surname and given-name lists so that every start builds the same data.
 */
@Component
class RegistryDemoData {

    /** What a demo account stands for: a person, a unit or a street. */
    record Link(Long personId, Long unitId, String street) {
        static final Link NONE = new Link(null, null, null);
    }

    static final List<String> JIANGXIA_STREETS =
            List.of("纸坊街", "郑店街", "金口街", "乌龙泉街", "五里界街", "安山街", "山坡街", "法泗街", "湖泗街", "舒安街", "流芳街", "佛祖岭街", "豹澥街");

    /** Deputies elected per street (sums to 300), in the order of {@link #JIANGXIA_STREETS}. */
    private static final int[] DEPUTIES_PER_STREET = {40, 22, 22, 24, 20, 18, 20, 22, 20, 18, 30, 24, 20};

    private static final List<String> COMMITTEES = List.of(
            "法制委员会",
            "财政经济委员会",
            "教育科学文化卫生委员会",
            "城乡建设环境保护委员会",
            "农业与农村委员会",
            "社会建设委员会",
            "代表人事选举任免联络工作委员会",
            "监察和司法委员会",
            "预算工作委员会");

    private static final List<String> DEPARTMENTS = List.of(
            "区发展和改革局",
            "区教育局",
            "区科学技术和经济信息化局",
            "区民族宗教事务局",
            "区公安分局",
            "区民政局",
            "区司法局",
            "区财政局",
            "区人力资源和社会保障局",
            "区自然资源和规划分局",
            "区生态环境分局",
            "区住房和城市更新局",
            "区城市管理执法局",
            "区交通运输局",
            "区水务和湖泊局",
            "区农业农村局",
            "区商务局",
            "区文化和旅游局",
            "区卫生健康局",
            "区退役军人事务局",
            "区应急管理局",
            "区审计局",
            "区市场监督管理局",
            "区统计局",
            "区医疗保障局",
            "区园林和林业局",
            "区信访局",
            "区政务服务和大数据管理局",
            "区投资促进局",
            "区地方金融工作局",
            "区房屋征收管理办公室",
            "区人民防空办公室",
            "区机关事务服务中心");

    private static final List<String> PROFESSIONAL_THEMES =
            List.of("营商环境", "乡村振兴", "城市更新", "生态环保", "教育", "医疗养老", "交通", "文旅", "法治");

    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑",
            "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜",
            "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金");

    private static final List<String> MALE_NAMES = List.of(
            "建国", "国华", "志强", "文斌", "海涛", "俊杰", "建军", "晓东", "立新", "卫东", "明辉", "振华", "德胜", "永红", "光明", "家豪", "宏伟", "子健",
            "春生", "汉中", "长江", "楚雄", "鹏飞", "浩然", "启明", "天佑", "学文", "正义", "世平", "庆丰", "新民", "金山", "友谊", "国庆", "兴旺", "少华",
            "绍华", "泽民", "云峰", "伟民", "胜利", "和平", "忠诚", "树林", "水生", "荣华", "茂林", "安平", "开元", "先锋", "剑锋", "铁军", "楚才", "江涛",
            "湖生", "桂林", "松林", "红军", "爱民", "为民");

    private static final List<String> FEMALE_NAMES = List.of(
            "秀英", "桂芳", "丽华", "春燕", "晓敏", "红霞", "玉兰", "慧敏", "雪梅", "海燕", "婷婷", "静怡", "丽娟", "小红", "翠华", "凤英", "美玲", "玉珍",
            "淑芬", "晓红", "彩霞", "秋菊", "冬梅", "素琴", "爱华", "月娥", "巧玲", "文静", "雅琴", "晓琳", "金凤", "银花", "梦洁", "思雨", "欣怡", "佳慧",
            "晓燕", "艳红", "丽萍", "春梅", "桂兰", "荷花", "莲英", "晓霞", "芳芳", "敏慧", "雨涵", "紫薇", "凤兰", "慧娟", "秀兰", "翠萍", "红梅", "丽君",
            "玉梅", "静雯", "琳琳", "淑珍", "明霞", "秀珍");

    private static final List<String> PLACES = List.of(
            "青龙", "大桥", "花山", "东港", "金港", "龙泉", "湖畔", "光明", "红旗", "长山", "幸福", "太平", "建设", "民主", "和平", "联合", "团结", "胜利",
            "友谊", "新华", "同心", "黄龙山", "童周岭", "小朱湾", "凤凰", "白云", "荷花", "桃园", "梅岭", "竹林", "鹤山", "大花岭", "五一", "红星", "新桥",
            "石门", "丰收", "杨桥", "天子山", "碧桂");

    private static final List<String> OCCUPATIONS = List.of(
            "社区党委书记",
            "村党支部书记、村委会主任",
            "中学教师",
            "卫生院院长",
            "农业合作社理事长",
            "有限公司总经理",
            "个体工商户",
            "社区卫生服务中心医生",
            "小学校长",
            "物业公司经理",
            "种植大户",
            "律师事务所律师",
            "街道办事处副主任",
            "科技公司工程师",
            "供电所所长");

    private static final LocalDate TERM_START = LocalDate.of(2021, 10, 13);
    private static final int TERM = 7;

    private final BodyDirectory bodies;
    private final UnitDirectory units;
    private final PersonRegistry people;
    private final StationRegistry stations;
    private final GroupRegistry groups;
    private final LinkageRegistry linkages;
    private final ResponsibilityRegistry responsibilities;

    RegistryDemoData(
            BodyDirectory bodies,
            UnitDirectory units,
            PersonRegistry people,
            StationRegistry stations,
            GroupRegistry groups,
            LinkageRegistry linkages,
            ResponsibilityRegistry responsibilities) {
        this.bodies = bodies;
        this.units = units;
        this.people = people;
        this.stations = stations;
        this.groups = groups;
        this.linkages = linkages;
        this.responsibilities = responsibilities;
    }

    // ---------------------------------------------------------------- 江夏区

    /** Loads 江夏区's registry in the bound congress; returns what the demo accounts stand for. */
    Map<String, Link> loadJiangxia() {
        Map<String, Long> streetIds = new LinkedHashMap<>();
        for (int i = 0; i < JIANGXIA_STREETS.size(); i++) {
            streetIds.put(JIANGXIA_STREETS.get(i), bodies.createStreet(JIANGXIA_STREETS.get(i), i + 1));
        }
        long standingCommittee = bodies.createBody(BodyKind.STANDING_COMMITTEE, "江夏区人大常委会", 0);
        bodies.createBody(BodyKind.DIRECTORS_MEETING, "主任会议", 1);
        List<Long> committees = new ArrayList<>();
        for (int i = 0; i < COMMITTEES.size(); i++) {
            committees.add(bodies.createBody(BodyKind.COMMITTEE, COMMITTEES.get(i), i + 1));
        }

        Map<String, Long> unitIds = loadUnits(streetIds);

        Names names = new Names(0);
        // The standing committee: chair, five vice-chairs, secretary-general, 22 members (29).
        List<PersonCommand> scPeople = new ArrayList<>();
        List<RoleCommand> scRoles = new ArrayList<>();
        String[] fixed = {null, "周建华", null, null, null, null, null, "王志刚"};
        for (int i = 0; i < 29; i++) {
            ScPosition position = i == 0
                    ? ScPosition.CHAIR
                    : i <= 5 ? ScPosition.VICE_CHAIR : i == 6 ? ScPosition.SECRETARY_GENERAL : ScPosition.MEMBER;
            boolean female = i % 4 == 3;
            String name = i < fixed.length && fixed[i] != null ? fixed[i] : names.next(female);
            String employer =
                    switch (position) {
                        case CHAIR -> "江夏区人大常委会主任";
                        case VICE_CHAIR -> "江夏区人大常委会副主任";
                        case SECRETARY_GENERAL -> "江夏区人大常委会秘书长";
                        case MEMBER -> "江夏区人大常委会委员、" + COMMITTEES.get(i % COMMITTEES.size()) + "副主任委员";
                    };
            scPeople.add(person(name, female, employer, 13800000000L + 7919L * i, null));
            scRoles.add(new RoleCommand(
                    RoleKind.SC_MEMBER,
                    TERM_START,
                    null,
                    null,
                    null,
                    null,
                    TERM,
                    position,
                    position == ScPosition.MEMBER ? committees.get(i % committees.size()) : null,
                    null,
                    null));
        }
        List<Long> scIds = people.createAll(scPeople, scRoles);

        // Office and committee staff, and the street committee staff member of the demo account.
        List<PersonCommand> staff = new ArrayList<>();
        List<RoleCommand> staffRoles = new ArrayList<>();
        staff.add(person("李晓敏", true, "江夏区人大常委会办公室科员", 13900001001L, null));
        staffRoles.add(staffRole(standingCommittee));
        for (int i = 0; i < committees.size(); i++) {
            staff.add(person(names.next(i % 2 == 0), i % 2 == 0, COMMITTEES.get(i) + "专职工作人员", 13900001100L + i, null));
            staffRoles.add(staffRole(committees.get(i)));
        }
        Map<Long, String> bodyNames = bodies.bodyNames();
        Long faxiCommittee = bodyNames.entrySet().stream()
                .filter(e -> e.getValue().equals("法泗街人大工委"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        staff.add(person("陈立新", false, "法泗街人大工委专职副主任", 13900001201L, streetIds.get("法泗街")));
        staffRoles.add(staffRole(faxiCommittee));
        people.createAll(staff, staffRoles);

        // One liaison officer per unit (张伟 for 区住房和城市更新局) and the 13 appointees under evaluation.
        List<PersonCommand> officers = new ArrayList<>();
        List<RoleCommand> officerRoles = new ArrayList<>();
        int n = 0;
        for (var unit : unitIds.entrySet()) {
            boolean housing = unit.getKey().equals("区住房和城市更新局");
            boolean female = n % 3 == 1;
            officers.add(person(
                    housing ? "张伟" : names.next(female),
                    female,
                    unit.getKey() + (housing ? "办公室主任(建议办理联络员)" : "联络员"),
                    13700000000L + 4813L * n++,
                    null));
            officerRoles.add(new RoleCommand(
                    RoleKind.UNIT_OFFICER,
                    LocalDate.of(2022, 1, 1),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    unit.getValue(),
                    "建议办理联络员"));
        }
        String[][] appointees = {
            {"区发展和改革局", "局长"}, {"区教育局", "局长"}, {"区住房和城市更新局", "局长"}, {"区水务和湖泊局", "局长"},
            {"区农业农村局", "局长"}, {"区市场监督管理局", "局长"}, {"区人民法院", "审判员"}, {"区人民法院", "审判员"},
            {"区人民法院", "审判委员会委员"}, {"区人民法院", "民事审判庭庭长"}, {"区人民检察院", "检察员"}, {"区人民检察院", "检察员"},
            {"区人民检察院", "检察委员会委员"}
        };
        for (int i = 0; i < appointees.length; i++) {
            boolean female = i % 3 == 2;
            officers.add(person(
                    names.next(female), female, appointees[i][0] + appointees[i][1], 13600000000L + 3571L * i, null));
            officerRoles.add(new RoleCommand(
                    RoleKind.APPOINTEE,
                    LocalDate.of(2022, 1, 10).plusDays(30L * (i % 6)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    unitIds.get(appointees[i][0]),
                    appointees[i][1]));
        }
        people.createAll(officers, officerRoles);

        // Deputies by street, each in one of their street's deputy groups.
        Map<String, List<Long>> streetGroups = new HashMap<>();
        for (String street : JIANGXIA_STREETS) {
            int count = DEPUTIES_PER_STREET[JIANGXIA_STREETS.indexOf(street)] >= 30 ? 3 : 2;
            List<Long> ids = new ArrayList<>();
            for (int g = 0; g < count; g++) {
                ids.add(groups.create(new GroupCommand(
                        street + "第" + "一二三".charAt(g) + "代表小组", streetIds.get(street), false, null, List.of())));
            }
            streetGroups.put(street, ids);
        }
        List<DeputyCommand> deputies = new ArrayList<>();
        List<String> deputyStreets = new ArrayList<>();
        int index = 0;
        for (int s = 0; s < JIANGXIA_STREETS.size(); s++) {
            String street = JIANGXIA_STREETS.get(s);
            List<Long> groupIds = streetGroups.get(street);
            for (int k = 0; k < DEPUTIES_PER_STREET[s]; k++) {
                boolean female = (index * 5 + s) % 7 < 3;
                String name = street.equals("法泗街") && k == 0 ? "刘春燕" : names.next(female);
                if (name.equals("刘春燕")) {
                    female = true;
                }
                DeputyLevel level = index % 50 == 7
                        ? DeputyLevel.PROVINCE
                        : index % 12 == 5 ? DeputyLevel.CITY : DeputyLevel.DISTRICT;
                String place = PLACES.get((index * 7 + s) % PLACES.size());
                String occupation = OCCUPATIONS.get((index * 11 + k) % OCCUPATIONS.size());
                String employer = occupation.endsWith("有限公司总经理")
                        ? "武汉" + place + "实业" + occupation
                        : street.replace("街", "") + place + (occupation.contains("社区") ? "" : "村") + occupation;
                deputies.add(new DeputyCommand(
                        name,
                        female ? Gender.FEMALE : Gender.MALE,
                        employer,
                        String.valueOf(13500000000L + 104729L * index),
                        level,
                        street + "第" + (k / 3 + 1) + "选区",
                        streetIds.get(street),
                        TERM,
                        TERM_START,
                        groupIds.get(k % groupIds.size())));
                deputyStreets.add(street);
                index++;
            }
        }
        List<Long> deputyIds = people.createDeputies(deputies);
        Map<String, List<Long>> deputiesByStreet = new LinkedHashMap<>();
        for (int i = 0; i < deputyIds.size(); i++) {
            deputiesByStreet
                    .computeIfAbsent(deputyStreets.get(i), k -> new ArrayList<>())
                    .add(deputyIds.get(i));
        }

        List<Long> specialStudios = loadJiangxiaStations(streetIds, deputiesByStreet);

        // The nine 共同缔造 professional groups, placed in the new functional and hub studios.
        for (int t = 0; t < PROFESSIONAL_THEMES.size(); t++) {
            List<Long> members = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                members.add(deputyIds.get((t * 31 + m * 29) % deputyIds.size()));
            }
            groups.create(new GroupCommand(
                    PROFESSIONAL_THEMES.get(t) + "共同缔造专业代表小组",
                    null,
                    true,
                    specialStudios.get(t % specialStudios.size()),
                    members));
        }

        // 双进双联: every SC member works in a committee, deliberates in a discussion group, links 3–5 deputies.
        String[] discussionGroups = {"第一审议讨论组", "第二审议讨论组", "第三审议讨论组", "第四审议讨论组"};
        String[] contactSummaries = {
            "走访联系代表,听取对汤逊湖组团规划的意见建议",
            "电话联系代表,了解所在选区春耕生产情况",
            "参加代表小组活动,共同研究城市更新项目推进中的问题",
            "线上交流代表履职情况,收集企业项目落地诉求",
            "面对面听取代表对优化营商环境专题询问的意见"
        };
        ContactChannel[] channels = ContactChannel.values();
        for (int i = 0; i < scIds.size(); i++) {
            long member = scIds.get(i);
            List<Long> linked = new ArrayList<>();
            for (int k = 0; k < 3 + i % 3; k++) {
                linked.add(deputyIds.get((i * 11 + k * 61) % deputyIds.size()));
            }
            linkages.save(new LinkageCommand(
                    member,
                    committees.get(i % committees.size()),
                    discussionGroups[i % discussionGroups.length],
                    linked));
            if (i % 2 == 0) {
                for (int k = 0; k < 2; k++) {
                    linkages.logContact(new ContactCommand(
                            member,
                            linked.get(k),
                            null,
                            LocalDate.of(2023, 3 + (i + k) % 5, 6 + i % 20),
                            channels[(i + k) % channels.length],
                            contactSummaries[(i + k) % contactSummaries.length]));
                }
            }
        }
        String[] voterSummaries = {
            "在代表工作室接待选民,反映小区停车难问题", "入户走访选民,收集村湾环境整治意见", "参加社区议事会,听取居民对老旧小区改造的诉求", "在联络站接待选民,反映农村道路破损问题"
        };
        for (int i = 0; i < 20; i++) {
            linkages.logContact(new ContactCommand(
                    deputyIds.get(i * 13 % deputyIds.size()),
                    null,
                    "选民 " + (3 + i % 6) + " 人",
                    LocalDate.of(2023, 2 + i % 6, 3 + i),
                    i % 2 == 0 ? ContactChannel.VISIT : ContactChannel.MEETING,
                    voterSummaries[i % voterSummaries.length]));
        }

        loadResponsibilities(scIds.subList(0, 7));

        Map<String, Link> links = new HashMap<>();
        links.put("leader", new Link(scIds.get(1), null, null));
        links.put("member", new Link(scIds.get(7), null, null));
        links.put("deputy", new Link(deputiesByStreet.get("法泗街").get(0), null, null));
        links.put("unit", new Link(null, unitIds.get("区住房和城市更新局"), null));
        links.put("street", new Link(null, null, "法泗街"));
        return links;
    }

    private Map<String, Long> loadUnits(Map<String, Long> streetIds) {
        List<UnitCommand> commands = new ArrayList<>();
        commands.add(unit("区人民政府", "区政府", UnitType.GOVERNMENT, null, 0));
        commands.add(unit("区监察委员会", "区监委", UnitType.SUPERVISORY_COMMISSION, null, 1));
        commands.add(unit("区人民法院", "区法院", UnitType.COURT, null, 2));
        commands.add(unit("区人民检察院", "区检察院", UnitType.PROCURATORATE, null, 3));
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            commands.add(unit(DEPARTMENTS.get(i), null, UnitType.DEPARTMENT, null, 10 + i));
        }
        int i = 60;
        for (var street : streetIds.entrySet()) {
            commands.add(unit(
                    street.getKey() + "道办事处", street.getKey() + "办", UnitType.STREET_OFFICE, street.getValue(), i++));
        }
        units.createAll(commands);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (UnitCommand c : commands) {
            ids.put(c.name(), units.findByName(c.name()).orElseThrow().id());
        }
        return ids;
    }

    /** 42 studios (8 functional or hub), 18 liaison stations, 5 contact points; returns the 8 special studios. */
    private List<Long> loadJiangxiaStations(Map<String, Long> streetIds, Map<String, List<Long>> deputiesByStreet) {
        List<StationCommand> commands = new ArrayList<>();
        List<Long> special = new ArrayList<>();
        String[][] specials = {
            {"纸坊街", "江夏区营商环境功能型代表工作室", "FUNCTIONAL"},
            {"法泗街", "江夏区乡村振兴功能型代表工作室", "FUNCTIONAL"},
            {"五里界街", "梁子湖生态环保功能型代表工作室", "FUNCTIONAL"},
            {"佛祖岭街", "江夏区城市更新功能型代表工作室", "FUNCTIONAL"},
            {"纸坊街", "纸坊街枢纽型代表工作室", "HUB"},
            {"流芳街", "流芳街枢纽型代表工作室", "HUB"},
            {"乌龙泉街", "乌龙泉街枢纽型代表工作室", "HUB"},
            {"豹澥街", "豹澥街枢纽型代表工作室", "HUB"}
        };
        for (String[] s : specials) {
            commands.add(station(
                    StationType.DEPUTY_STUDIO,
                    StudioKind.valueOf(s[2]),
                    s[1],
                    s[0],
                    streetIds,
                    deputiesByStreet,
                    commands.size()));
        }
        // 34 ordinary studios: about three per street, named after communities and villages.
        int p = 0;
        for (int k = 0; commands.size() < 42; k++) {
            String street = JIANGXIA_STREETS.get(k % JIANGXIA_STREETS.size());
            String place = PLACES.get(p++ % PLACES.size());
            commands.add(station(
                    StationType.DEPUTY_STUDIO,
                    StudioKind.ORDINARY,
                    street.replace("街", "") + place + (k % 2 == 0 ? "社区" : "村") + "代表工作室",
                    street,
                    streetIds,
                    deputiesByStreet,
                    commands.size()));
        }
        // 18 liaison stations: one per street and a second one in the five largest streets.
        for (String street : JIANGXIA_STREETS) {
            commands.add(station(
                    StationType.LIAISON_STATION,
                    null,
                    street + "人大代表联络站",
                    street,
                    streetIds,
                    deputiesByStreet,
                    commands.size()));
        }
        for (String street : List.of("纸坊街", "流芳街", "佛祖岭街", "乌龙泉街", "郑店街")) {
            commands.add(station(
                    StationType.LIAISON_STATION,
                    null,
                    street.replace("街", "") + PLACES.get(p++ % PLACES.size()) + "片区代表联络站",
                    street,
                    streetIds,
                    deputiesByStreet,
                    commands.size()));
        }
        String[][] points = {
            {"纸坊街", "纸坊老街民情民意联系点"},
            {"五里界街", "五里界小朱湾民情民意联系点"},
            {"法泗街", "法泗荷花湾民情民意联系点"},
            {"金口街", "金口古镇民情民意联系点"},
            {"佛祖岭街", "佛祖岭产业园民情民意联系点"}
        };
        for (String[] point : points) {
            commands.add(station(
                    StationType.CONTACT_POINT, null, point[1], point[0], streetIds, deputiesByStreet, commands.size()));
        }
        List<Long> ids = stations.createAll(commands);
        for (int i = 0; i < specials.length; i++) {
            special.add(ids.get(i));
        }
        return special;
    }

    private static StationCommand station(
            StationType type,
            StudioKind kind,
            String name,
            String street,
            Map<String, Long> streetIds,
            Map<String, List<Long>> deputiesByStreet,
            int index) {
        List<Long> streetDeputies = deputiesByStreet.getOrDefault(street, List.of());
        List<Long> stationed = new ArrayList<>();
        for (int k = 0; k < 3 + index % 4 && !streetDeputies.isEmpty(); k++) {
            Long d = streetDeputies.get((index * 5 + k * 3) % streetDeputies.size());
            if (!stationed.contains(d)) {
                stationed.add(d);
            }
        }
        String[] days = {"每月第一个星期三", "每月第二个星期四", "每月第三个星期二", "每月 15 日", "每周五"};
        return new StationCommand(
                type,
                kind,
                name,
                streetIds.get(street),
                street.replace("街", "") + "大道 " + (20 + index * 7) + " 号"
                        + (type == StationType.CONTACT_POINT ? "" : "党群服务中心"),
                days[index % days.length] + " 9:00–11:30 代表轮流接待选民",
                stationed);
    }

    private void loadResponsibilities(List<Long> leaders) {
        List<ResponsibilityCommand> commands = new ArrayList<>();
        commands.add(new ResponsibilityCommand(
                leaders.get(0), ResponsibilityType.RIVER_BASIN, "梁子湖流域", "一流域七河湖之一流域:梁子湖流域水环境综合治理"));
        String[] lakes = {"汤逊湖", "斧头湖", "鲁湖", "青菱湖", "黄家湖", "牛山湖", "金水河"};
        for (int i = 0; i < lakes.length; i++) {
            commands.add(new ResponsibilityCommand(
                    leaders.get((i + 1) % leaders.size()),
                    ResponsibilityType.RIVER_BASIN,
                    lakes[i],
                    "一流域七河湖:" + lakes[i] + "水质提升、岸线整治与河湖长制落实"));
        }
        String[] enterprises = {
            "江夏经济开发区智能装备制造企业", "庙山光电子信息企业", "藏龙岛生物医药企业", "金港新区汽车零部件企业", "郑店物流配送企业", "纸坊现代农业龙头企业",
            "乌龙泉新型建材企业", "五里界文旅企业", "法泗水产养殖加工企业", "豹澥科技创新企业", "流芳大数据服务企业", "佛祖岭新能源企业"
        };
        for (int i = 0; i < enterprises.length; i++) {
            commands.add(new ResponsibilityCommand(
                    leaders.get(i % leaders.size()),
                    ResponsibilityType.KEY_ENTERPRISE,
                    enterprises[i],
                    "重点企业:帮助解决用地、用工、融资和审批中的困难"));
        }
        String[] projects = {
            "汤逊湖组团规划建设项目", "江夏大道快速化改造工程", "纸坊老城区城市更新项目", "金口古镇保护性开发项目", "梁子湖生态修复工程", "法泗美丽乡村建设项目",
            "郑店现代物流园项目", "江夏区人民医院新院区项目", "中小学新建改扩建工程", "五里界国际慢城项目", "乌龙泉矿区生态修复项目", "轨道交通 7 号线南延线配套工程",
            "舒安农业产业园项目", "湖泗传统村落保护项目", "山坡农旅融合示范项目"
        };
        for (int i = 0; i < projects.length; i++) {
            commands.add(new ResponsibilityCommand(
                    leaders.get((i + 3) % leaders.size()),
                    ResponsibilityType.MAJOR_PROJECT,
                    projects[i],
                    "重大项目:跟踪项目进度,协调解决推进中的堵点"));
        }
        String[] problems = {null, "项目用地报批进度偏慢", "周边道路配套滞后", "部分排口雨污混流", null, "企业用工缺口较大"};
        for (int i = 0; i < commands.size(); i++) {
            long id = responsibilities.create(commands.get(i));
            if (i % 3 == 0) {
                for (int v = 0; v < 1 + i % 2; v++) {
                    responsibilities.logVisit(
                            id,
                            new VisitCommand(
                                    LocalDate.of(2023, 2 + (i + v) % 6, 8 + v * 10),
                                    "实地察看" + commands.get(i).name() + "推进情况,召开现场协调会",
                                    problems[(i + v) % problems.length]));
                }
            }
        }
    }

    // ---------------------------------------------------------------- 洪山区

    /** Loads a small 洪山区 registry (the second tenant of the demo) in the bound congress. */
    void loadHongshan() {
        List<String> streets = List.of("洪山街", "珞南街", "关山街", "狮子山街", "张家湾街");
        Map<String, Long> streetIds = new LinkedHashMap<>();
        for (int i = 0; i < streets.size(); i++) {
            streetIds.put(streets.get(i), bodies.createStreet(streets.get(i), i + 1));
        }
        bodies.createBody(BodyKind.STANDING_COMMITTEE, "洪山区人大常委会", 0);
        bodies.createBody(BodyKind.DIRECTORS_MEETING, "主任会议", 1);
        bodies.createBody(BodyKind.COMMITTEE, "财政经济委员会", 2);
        units.createAll(List.of(
                unit("区人民政府", "区政府", UnitType.GOVERNMENT, null, 0),
                unit("洪山区教育局", "区教育局", UnitType.DEPARTMENT, null, 1),
                unit("洪山区城市管理执法局", "区城管局", UnitType.DEPARTMENT, null, 2),
                unit("区人民法院", "区法院", UnitType.COURT, null, 3),
                unit("珞南街道办事处", "珞南街办", UnitType.STREET_OFFICE, streetIds.get("珞南街"), 4)));
        Names names = new Names(4000);
        List<DeputyCommand> deputies = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String street = streets.get(i % streets.size());
            boolean female = i % 3 == 0;
            deputies.add(new DeputyCommand(
                    names.next(female),
                    female ? Gender.FEMALE : Gender.MALE,
                    street.replace("街", "") + PLACES.get(i) + "社区党委书记",
                    String.valueOf(13300000000L + 7717L * i),
                    i == 4 ? DeputyLevel.CITY : DeputyLevel.DISTRICT,
                    street + "第" + (i / 5 + 1) + "选区",
                    streetIds.get(street),
                    TERM,
                    TERM_START,
                    null));
        }
        List<Long> ids = people.createDeputies(deputies);
        stations.createAll(List.of(
                new StationCommand(
                        StationType.DEPUTY_STUDIO,
                        StudioKind.HUB,
                        "洪山区枢纽型代表工作室",
                        streetIds.get("洪山街"),
                        "洪山街民族大道 88 号",
                        "每周三 9:00–11:30",
                        List.of(ids.get(0), ids.get(5))),
                new StationCommand(
                        StationType.LIAISON_STATION,
                        null,
                        "珞南街人大代表联络站",
                        streetIds.get("珞南街"),
                        "珞南街珞喻路 120 号",
                        "每月第一个星期二 14:30–17:00",
                        List.of(ids.get(1), ids.get(6))),
                new StationCommand(
                        StationType.CONTACT_POINT,
                        null,
                        "关山民情民意联系点",
                        streetIds.get("关山街"),
                        "关山街关山大道 50 号",
                        "每月 10 日",
                        List.of(ids.get(2)))));
    }

    // ---------------------------------------------------------------- helpers

    private static UnitCommand unit(String name, String shortName, UnitType type, Long streetId, int index) {
        return new UnitCommand(
                name,
                shortName,
                type,
                streetId,
                "江夏区文化大道 " + (100 + index * 3) + " 号",
                "027-8" + (7950000 + index * 137));
    }

    private static PersonCommand person(String name, boolean female, String employer, long phone, Long streetId) {
        return new PersonCommand(name, female ? Gender.FEMALE : Gender.MALE, employer, String.valueOf(phone), streetId);
    }

    private static RoleCommand staffRole(long bodyId) {
        return new RoleCommand(RoleKind.STAFF, TERM_START, null, null, null, null, null, null, bodyId, null, "工作人员");
    }

    /** Deterministic invented names: surname and given name walk their lists at coprime strides. */
    private static final class Names {
        private int next;

        Names(int start) {
            this.next = start;
        }

        String next(boolean female) {
            int i = next++;
            List<String> given = female ? FEMALE_NAMES : MALE_NAMES;
            int surname = i % SURNAMES.size();
            int k = i / SURNAMES.size();
            return SURNAMES.get(surname) + given.get((k * 61 + surname) % given.size());
        }
    }
}
