package cn.renda.organization;

/** Kind of deputy studio: 功能型, 枢纽型 or ordinary. */
public enum StudioKind {
    FUNCTIONAL,
    HUB,
    ORDINARY
}
