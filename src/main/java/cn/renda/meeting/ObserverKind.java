package cn.renda.meeting;

/** Who attends without a vote (列席): a deputy or another observer. */
public enum ObserverKind {
    DEPUTY,
    OBSERVER
}
