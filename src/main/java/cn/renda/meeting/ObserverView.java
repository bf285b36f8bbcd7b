package cn.renda.meeting;

/** An attending deputy or observer (列席). */
public record ObserverView(long id, ObserverKind kind, String name, String organization) {}
