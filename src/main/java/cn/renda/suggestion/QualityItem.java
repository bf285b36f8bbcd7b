package cn.renda.suggestion;

/** The 深实细准效 checklist: deep, factual, detailed, precise, effective. */
public enum QualityItem {
    /** 深: researched in depth. */
    DEEP,
    /** 实: based on facts. */
    FACTUAL,
    /** 细: detailed. */
    DETAILED,
    /** 准: precise about the problem and the unit. */
    PRECISE,
    /** 效: feasible and effective. */
    EFFECTIVE
}
