package cn.renda.core.web;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bundles' message source, formatting messages with arguments without a lock shared by every request.
 * Spring caches one {@link MessageFormat} per message and language and formats under {@code synchronized} on it
 * (a MessageFormat is not thread-safe), so every page that prints the same message with an argument (a badge's
 * "3 waiting", a unit's fallback name) queued on that one monitor: with eight request threads on two cores, a
 * thread descheduled while holding it held up the others for a time slice, 593 waits of 10 ms or more in
 * one profiled run at scale 0.1 (bench/README.md, issue #11 session 9). Each call formats with its own copy of
 * the cached, already parsed format instead; messages without arguments are returned as they are, as before.
 */
class UncontendedMessageSource extends ResourceBundleMessageSource {

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        MessageFormat shared = super.resolveCode(code, locale);
        return shared == null ? null : (MessageFormat) shared.clone();
    }
}
