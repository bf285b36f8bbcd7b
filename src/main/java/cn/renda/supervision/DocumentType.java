package cn.renda.supervision;

/** The document a supervision opinion is issued as. */
public enum DocumentType {
    /** 审议意见 (after deliberating a special work report). */
    DELIBERATION("审议意见"),
    /** 监督意见. */
    SUPERVISION("监督意见"),
    /** 调研意见书 (审议意见函) after an inspection or research visit. */
    RESEARCH("调研意见书");

    private final String title;

    DocumentType(String title) {
        this.title = title;
    }

    /** The Chinese name used in the document number. */
    public String title() {
        return title;
    }
}
