package cn.renda.handling;

/** The date a started clock counts from. */
public enum Anchor {
    /** The day the action happens (today in Asia/Shanghai). */
    ACTION_DATE,
    /** The source date of the case (e.g. the meeting where the opinion was deliberated). */
    SOURCE_DATE
}
