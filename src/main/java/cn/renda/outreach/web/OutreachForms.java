package cn.renda.outreach.web;

/** What the outreach forms offer. */
final class OutreachForms {

    /** The categories offered (free text is allowed too). */
    static final java.util.List<String> CATEGORIES =
            java.util.List.of("城市建设", "交通出行", "生态环境", "教育", "医疗卫生", "社会保障", "农业农村", "社区治理", "营商环境", "其他");

    private OutreachForms() {}
}
