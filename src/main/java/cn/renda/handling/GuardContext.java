package cn.renda.handling;

import cn.renda.identity.CurrentUser;

/** What a guard sees: the case as it is before the action, the command and the acting user. */
public record GuardContext(CaseView current, ActionCommand command, CurrentUser user) {}
