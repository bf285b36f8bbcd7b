package cn.renda.core;

import java.util.Set;

/**
 * An entry of the main navigation that a module contributes as a bean; shown to users holding one of
 * the roles (an empty set means every signed-in user).
 */
public record NavigationItem(String messageKey, String path, int order, Set<String> roles) {}
