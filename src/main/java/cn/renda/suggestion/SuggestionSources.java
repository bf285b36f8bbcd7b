package cn.renda.suggestion;

import java.util.List;

/**
 * SPI: where a suggestion came from, answered by the module that keeps the link (outreach: the voter opinion a
 * deputy took up). The suggestion page lists every implementation's sources; suggestion never reads their tables.
 */
public interface SuggestionSources {

    /** The sources of a suggestion the signed-in user may know of; empty when there are none. */
    List<Source> sourcesOf(long suggestionId);

    /**
     * One source: what it is (a message key, e.g. "a voter opinion"), its public reference (e.g. the tracking
     * code), and the page the signed-in user may open (null when they may not open it).
     */
    record Source(String labelKey, String reference, String path) {}
}
