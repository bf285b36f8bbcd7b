package cn.renda.core;

import java.util.List;

/**
 * SPI: what waits for the signed-in user in one module (a to-do list, unread messages, drafts returned), with
 * counts. The home page lists every module's items; the navigation shows the sum per entry as a badge. Called
 * during a page request, so implementations answer for the current user and keep it to a few counting queries;
 * the web shell keeps a user's answers for a few seconds and drops them on the user's own writes and on every
 * event of the application, so a write that changes a count without such an event shows within those seconds.
 */
public interface WaitingWork {

    /** The items for the current user; empty when nothing of this module concerns them. */
    List<Item> waiting();

    /**
     * One thing waiting: its label (a message key), how many, where to do it, and the navigation entry whose
     * badge counts it.
     */
    record Item(String messageKey, long count, String path, String navigationPath) {}
}
