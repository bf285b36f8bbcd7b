package cn.renda.outreach;

import java.time.OffsetDateTime;

/** A step in an opinion's history: when, who (a display name), what, between which states, and a note. */
public record OpinionEventView(
        OffsetDateTime at, String actor, String action, OpinionState fromState, OpinionState toState, String note) {}
