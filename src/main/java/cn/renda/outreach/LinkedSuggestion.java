package cn.renda.outreach;

/**
 * A suggestion an opinion became: its number once registered (null before), title, where it stands (a message
 * key) and whether its result is published on the portal (then {@code /public/suggestions/{number}} shows it).
 */
public record LinkedSuggestion(long id, String number, String title, String stateKey, boolean published) {}
