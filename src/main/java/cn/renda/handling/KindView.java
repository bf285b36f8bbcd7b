package cn.renda.handling;

import java.util.List;

/** A registered kind as pages show it: code, i18n key, states and its transition table. */
public record KindView(String code, String messageKey, List<String> states, List<TransitionView> transitions) {}
