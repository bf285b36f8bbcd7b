package cn.renda.suggestion;

/** 建议 or 议案 (a motion needs a minimum number of signing deputies). */
public enum SubmissionType {
    SUGGESTION,
    MOTION
}
