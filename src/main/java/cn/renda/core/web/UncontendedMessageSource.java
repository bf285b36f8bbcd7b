package cn.renda.core.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bundles' message source, formatting messages with arguments without a lock shared by every request.
 * Spring caches one {@link MessageFormat} per message and language and formats under {@code synchronized} on it
 * (a MessageFormat is not thread-safe), so every page that prints the same message with an argument (a badge's
 * "3 waiting", a unit's fallback name) queued on that one monitor: with eight request threads on two cores, a
 * thread descheduled while holding it held up the others for a time slice, 593 waits of 10 ms or more in
 * one profiled run at scale 0.1 (bench/README.md, issue #11 session 9). Each thread formats with its own copy of
 * the cached, already parsed format instead, made once per thread and message (session 9 copied it on every call:
 * an allocation of the format and its sub-formats per printed message); the monitor Spring still takes is then
 * only ever taken by one thread. Messages without arguments are returned as they are, as before.
 */
class UncontendedMessageSource extends ResourceBundleMessageSource {

    /** Per cached format, each thread's own copy (formats are few: one per message and language). */
    private final ConcurrentMap<MessageFormat, ThreadLocal<MessageFormat>> copies = new ConcurrentHashMap<>();

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        if (shared == null) {
            return null;
        }
        return copies.computeIfAbsent(shared, f -> ThreadLocal.withInitial(() -> (MessageFormat) f.clone()))
                .get();
    }
}
