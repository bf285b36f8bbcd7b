package cn.renda.notification;

/**
 * What a notice says and how it goes out, whoever receives it: subject and body are i18n keys rendered in each
 * recipient's language with {@code arguments}; {@code dedupeKey} makes a repeated notice a no-op per recipient;
 * {@code email} and {@code sms} ask for those channels too.
 */
public record NoticeContent(
        String kind,
        String subjectKey,
        String bodyKey,
        Object[] arguments,
        String link,
        String dedupeKey,
        boolean email,
        boolean sms) {}
