package cn.renda.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Chinese case texts for the generator: a few thousand title/content variants built from templates over
 * the seed's topics, so that every case reads like a real suggestion while segmentation runs only once per
 * variant. Also the fixed query set of the search benchmark.
 */
final class Texts {

    private Texts() {}

    record Variant(int topic, String title, String content) {}

    static final String[] TOPICS = {"营商环境", "乡村振兴", "城市更新", "汤逊湖", "交通", "教育", "养老", "医疗", "生态环境", "就业", "安全", "文化"};

    private static final String[][] SUBJECTS = {
        {"政务服务一网通办", "中小企业融资服务", "涉企行政执法", "招商引资配套政策", "工程建设项目审批", "民营企业纾困帮扶"},
        {"农村人居环境整治", "特色农业产业发展", "农村集体经济", "高标准农田建设", "乡村公共服务设施", "农村饮水安全"},
        {"老旧小区改造", "城中村改造", "背街小巷整治", "历史街区保护", "城市停车设施", "加装电梯"},
        {"汤逊湖水环境治理", "汤逊湖沿岸截污管网", "汤逊湖绿道建设", "湖泊岸线保护", "入湖排口整治", "梁子湖生态保护"},
        {"公交线路优化", "地铁站点接驳", "道路交通拥堵治理", "农村公路养护", "学校周边交通安全", "非机动车停放管理"},
        {"义务教育学位供给", "中小学课后服务", "普惠性学前教育", "职业教育产教融合", "校园安全管理", "教师队伍建设"},
        {"社区居家养老服务", "养老机构建设", "老年助餐服务", "医养结合", "适老化改造", "农村互助养老"},
        {"基层医疗卫生服务", "家庭医生签约", "社区卫生服务中心", "急救网络建设", "中医药服务", "药品集中采购"},
        {"大气污染防治", "生活垃圾分类", "河湖长制落实", "噪声污染治理", "土壤污染防治", "黑臭水体整治"},
        {"高校毕业生就业", "农民工技能培训", "灵活就业人员社会保障", "退役军人就业创业", "零工市场建设", "返乡创业扶持"},
        {"燃气安全隐患排查", "高层建筑消防安全", "食品安全监管", "电动自行车充电安全", "防汛排涝设施", "危化品运输监管"},
        {"公共文化服务", "全民健身设施", "非物质文化遗产保护", "农家书屋", "文旅融合发展", "社区文化活动中心"}
    };

    private static final String[] VERBS = {"加快", "进一步优化", "加强", "推进", "完善", "规范", "提升", "统筹"};

    private static final String[] PLACES = {
        "纸坊街", "五里界街", "金口街", "郑店街", "乌龙泉街", "庙山片区", "藏龙岛", "流芳街", "山坡街", "安山街", "法泗街", "湖泗街", "舒安街", "豹澥街", "经济开发区"
    };

    private static final String[] PROBLEMS = {
        "群众反映强烈",
        "历史欠账较多",
        "资金投入不足",
        "部门协调不够顺畅",
        "管理机制不健全",
        "覆盖面不够广",
        "服务供给不足",
        "基础设施老化",
        "监管力量薄弱",
        "群众满意度不高",
        "配套政策落实不到位",
        "专业人才短缺"
    };

    private static final String[] ACTIONS = {
        "加大财政资金投入",
        "建立部门联动机制",
        "制定专项工作方案",
        "明确责任单位和完成时限",
        "引入社会资本参与",
        "定期开展督查评估",
        "完善考核评价办法",
        "推广先进地区经验",
        "加强信息化平台建设",
        "畅通群众反映渠道",
        "开展专项整治行动",
        "强化街道社区力量"
    };

    private static final String[] EFFECTS = {
        "切实增强群众获得感", "推动高质量发展", "守护好一湖清水", "让群众办事更方便", "补齐民生短板", "提升城市品质", "促进共同富裕", "保障人民群众生命财产安全"
    };

    /** {@code count} variants, deterministic (seeded). */
    static List<Variant> variants(int count) {
        Random r = new Random(20231129L);
        List<Variant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int topic = i % TOPICS.length;
            String subject = pick(r, SUBJECTS[topic]);
            String place = pick(r, PLACES);
            String verb = pick(r, VERBS);
            String title = "关于" + verb + place + subject + "的建议";
            String content = place + subject + "方面" + pick(r, PROBLEMS) + "，" + pick(r, PROBLEMS) + "。建议"
                    + pick(r, ACTIONS) + "，" + pick(r, ACTIONS) + "，" + TOPICS[topic] + "工作" + pick(r, EFFECTS) + "。";
            out.add(new Variant(topic, title, content));
        }
        return out;
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    /** The search benchmark's fixed query set: what staff and deputies type. */
    static final List<String> QUERIES = List.of(
            "汤逊湖",
            "汤逊湖水环境治理",
            "老旧小区改造",
            "加装电梯",
            "养老服务",
            "社区居家养老",
            "老年助餐",
            "营商环境",
            "中小企业融资",
            "政务服务一网通办",
            "乡村振兴",
            "农村人居环境",
            "高标准农田",
            "公交线路",
            "地铁接驳",
            "交通拥堵",
            "学校周边交通安全",
            "课后服务",
            "学前教育",
            "义务教育学位",
            "家庭医生",
            "社区卫生服务中心",
            "垃圾分类",
            "黑臭水体",
            "噪声污染",
            "高校毕业生就业",
            "农民工技能培训",
            "燃气安全",
            "电动自行车充电",
            "防汛排涝",
            "食品安全",
            "全民健身设施",
            "非物质文化遗产",
            "城中村改造",
            "停车设施",
            "纸坊街",
            "五里界街 老旧小区",
            "金口街 农村公路",
            "藏龙岛 学位",
            "资金投入不足",
            "部门联动机制",
            "梁子湖生态保护",
            "入湖排口整治",
            "医养结合",
            "适老化改造",
            "职业教育产教融合",
            "退役军人就业创业",
            "历史街区保护",
            "文旅融合发展",
            "关于加快汤逊湖沿岸截污管网建设的建议");
}
