package cn.renda.notification;

import cn.renda.handling.CaseBatch;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import cn.renda.identity.RecipientDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A notice that names a case's number before it is taken, written in the engine's batch of writes that name the
 * number (a creation's callback): its recipients are read and its texts rendered first, with a mark where the
 * number goes; the inbox and outbox rows follow the number in one round trip with the case's other numbered
 * writes, and the database puts the number in place of the mark. Nothing of the notice runs between the number and
 * the commit, and the rows read exactly as a notice rendered after the number ({@link NotificationFacade#notify}).
 * The mark is a private-use character that none of the notice's arguments contains ({@link #markFor}), so a title
 * that happens to hold one keeps it and gets no number in its place.
 */
@Component
class NewCaseNotices {

    private final AccountFacade accounts;
    private final NoticeText text;
    private final NotificationRepository repository;

    NewCaseNotices(AccountFacade accounts, NoticeText text, NotificationRepository repository) {
        this.accounts = accounts;
        this.text = text;
        this.repository = repository;
    }

    /**
     * Adds the notice's rows to {@code batch}; {@link CaseBatch#NUMBER} among its arguments is the new number. The
     * dedupe key must name the new case (no recipient can have had it), so every row is new and the e-mail and text
     * message rows need no check of the inbox insert.
     */
    void add(Notice notice, CaseBatch batch) {
        NoticeContent c = notice.content();
        Object[] args = c.arguments() == null ? new Object[0] : c.arguments().clone();
        String mark = markFor(args);
        List<Integer> numberAt = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i] == CaseBatch.NUMBER) {
                args[i] = mark;
                numberAt.add(i);
            }
        }
        RecipientDirectory directory = accounts.recipientDirectory(Set.of(), Set.of(), notice.accountIds());
        Map<Long, Recipient> to = new LinkedHashMap<>();
        for (long id : notice.accountIds()) {
            directory.account(id).ifPresent(r -> to.putIfAbsent(id, r));
        }
        if (to.isEmpty()) {
            return;
        }
        String argsJson = NoticeText.toJson(args);
        Map<Locale, String[]> texts = new LinkedHashMap<>();
        List<NotificationRepository.NewMessage> rows = new ArrayList<>();
        List<NotificationRepository.NewOutgoing> outgoing = new ArrayList<>();
        for (Recipient r : to.values()) {
            String[] t = texts.computeIfAbsent(NoticeText.localeOf(r.locale()), locale ->
                    new String[] {text.render(c.subjectKey(), args, locale), text.render(c.bodyKey(), args, locale)});
            rows.add(new NotificationRepository.NewMessage(
                    r.accountId(),
                    c.kind(),
                    t[0],
                    t[1],
                    c.link(),
                    c.dedupeKey(),
                    c.subjectKey(),
                    c.bodyKey(),
                    argsJson));
            if (c.email() && r.email() != null) {
                outgoing.add(new NotificationRepository.NewOutgoing(
                        "EMAIL", r.email(), t[0], t[1] + (c.link() == null ? "" : "\n\n" + c.link())));
            }
            if (c.sms() && r.mobile() != null) {
                outgoing.add(new NotificationRepository.NewOutgoing("SMS", r.mobile(), t[0], t[0]));
            }
        }
        repository.insertNumbered(rows, outgoing, numberAt, mark, batch);
    }

    /**
     * A character that stands for the number in the rendered texts: the first private-use one (U+E000, then the
     * supplementary private-use plane) that no argument contains. The texts' other characters come from the message
     * bundles, which hold none, and from the arguments, so the mark occurs exactly where the number goes.
     */
    static String markFor(Object[] args) {
        List<String> texts = new ArrayList<>();
        for (Object a : args) {
            if (a != null && a != CaseBatch.NUMBER) {
                texts.add(a.toString());
            }
        }
        for (int[] range : new int[][] {{0xE000, 0xF8FF}, {0xF0000, 0xFFFFD}}) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                String candidate = Character.toString(cp);
                if (texts.stream().noneMatch(t -> t.contains(candidate))) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("arguments hold every private-use character");
    }
}
