package cn.renda.notification;

import java.util.Set;

/** Command: tell some accounts something ({@link NoticeContent}), each in their language. */
public record Notice(Set<Long> accountIds, NoticeContent content) {}
