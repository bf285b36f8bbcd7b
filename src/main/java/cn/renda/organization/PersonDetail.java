package cn.renda.organization;

import java.util.List;

/** A person with every role they held, newest first. */
public record PersonDetail(PersonView person, List<RoleView> roles) {}
