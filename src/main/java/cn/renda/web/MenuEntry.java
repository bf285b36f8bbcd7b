package cn.renda.web;

/**
 * An entry of the main navigation as the layout prints it: its label in the request's language, whether the
 * current page is in its section, and the badge of what waits there (null when nothing does).
 */
public record MenuEntry(String path, String label, boolean active, Long badge, String badgeId, String badgeLabel) {}
