package cn.renda.outreach;

/** Where an opinion is handled (分级负责、分层处理). */
public enum OpinionTier {
    /** At street level. */
    STREET,
    /** By district units, on the handling engine. */
    DISTRICT,
    /** By a deputy's suggestion. */
    SUGGESTION
}
