package cn.renda.outreach;

/** Kinds of training and study (代表提能). */
public enum TrainingKind {
    /** 专题讲座. */
    LECTURE,
    /** 考察学习. */
    STUDY_TOUR,
    /** 履职培训班. */
    COURSE
}
