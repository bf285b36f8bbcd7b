package cn.renda.suggestion;

import cn.renda.handling.CaseView;

/** A submission and, once registered, its case on the engine (with the actions the user may fire). */
public record SuggestionDetail(SuggestionView suggestion, CaseView handling) {}
