package cn.renda.notification;

import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends notices to accounts of the bound congress and serves their inboxes. */
@Service
public class NotificationFacade {

    private final NotificationRepository repository;
    private final AccountFacade accounts;
    private final NoticeText text;

    NotificationFacade(NotificationRepository repository, AccountFacade accounts, NoticeText text) {
        this.repository = repository;
        this.accounts = accounts;
        this.text = text;
    }

    /**
     * Puts the notice into each recipient's inbox and, where asked and possible, into the e-mail / SMS
     * outbox, all in the caller's transaction. Returns how many recipients were newly notified.
     */
    @Transactional
    public int notify(Notice notice) {
        int notified = 0;
        for (long accountId : notice.accountIds()) {
            Recipient r = accounts.recipient(accountId).orElse(null);
            if (r == null) {
                continue;
            }
            Locale locale = NoticeText.localeOf(r.locale());
            String subject = text.render(notice.subjectKey(), notice.arguments(), locale);
            String body = text.render(notice.bodyKey(), notice.arguments(), locale);
            if (!repository.insertMessage(new NotificationRepository.NewMessage(
                    accountId,
                    notice.kind(),
                    subject,
                    body,
                    notice.link(),
                    notice.dedupeKey(),
                    notice.subjectKey(),
                    notice.bodyKey(),
                    NoticeText.toJson(notice.arguments())))) {
                continue;
            }
            notified++;
            if (notice.email() && r.email() != null) {
                repository.enqueue(
                        "EMAIL", r.email(), subject, body + (notice.link() == null ? "" : "\n\n" + notice.link()));
            }
            if (notice.sms() && r.mobile() != null) {
                repository.enqueue("SMS", r.mobile(), subject, subject);
            }
        }
        return notified;
    }

    /** A notice to recipients already looked up (enabled accounts of the bound congress). */
    record Batched(
            List<Recipient> recipients,
            String kind,
            String subjectKey,
            String bodyKey,
            Object[] arguments,
            String link,
            String dedupeKey,
            boolean email,
            boolean sms) {}

    /**
     * {@link #notify(Notice)} for many notices at once, set-based: texts rendered once per notice and
     * language, inbox rows inserted in batches (skipping dedupe keys an account already had), outbox
     * rows for the newly inserted ones only. Returns how many inbox messages were inserted.
     */
    @Transactional
    int notifyBatched(List<Batched> notices) {
        List<NotificationRepository.NewMessage> rows = new ArrayList<>();
        Map<String, NotificationRepository.NewMessage> byKey = new HashMap<>();
        List<Recipient> recipients = new ArrayList<>();
        List<Batched> of = new ArrayList<>();
        for (Batched notice : notices) {
            String argsJson = NoticeText.toJson(notice.arguments());
            String[] zh = null;
            String[] en = null;
            for (Recipient r : notice.recipients()) {
                boolean english = "en".equals(r.locale());
                String[] text = english ? en : zh;
                if (text == null) {
                    Locale locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                    text = new String[] {
                        this.text.render(notice.subjectKey(), notice.arguments(), locale),
                        this.text.render(notice.bodyKey(), notice.arguments(), locale)
                    };
                    if (english) {
                        en = text;
                    } else {
                        zh = text;
                    }
                }
                var row = new NotificationRepository.NewMessage(
                        r.accountId(),
                        notice.kind(),
                        text[0],
                        text[1],
                        notice.link(),
                        notice.dedupeKey(),
                        notice.subjectKey(),
                        notice.bodyKey(),
                        argsJson);
                if (byKey.putIfAbsent(r.accountId() + ":" + notice.dedupeKey(), row) == null) {
                    rows.add(row);
                    recipients.add(r);
                    of.add(notice);
                }
            }
        }
        int inserted = 0;
        List<NotificationRepository.NewOutgoing> outgoing = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            var fresh = repository.insertMessages(rows.subList(from, to));
            inserted += fresh.size();
            for (int i = from; i < to; i++) {
                var row = rows.get(i);
                if (!fresh.contains(row.accountId() + ":" + row.dedupeKey())) {
                    continue;
                }
                Recipient r = recipients.get(i);
                Batched notice = of.get(i);
                if (notice.email() && r.email() != null) {
                    outgoing.add(new NotificationRepository.NewOutgoing(
                            "EMAIL",
                            r.email(),
                            row.subject(),
                            row.body() + (notice.link() == null ? "" : "\n\n" + notice.link())));
                }
                if (notice.sms() && r.mobile() != null) {
                    outgoing.add(
                            new NotificationRepository.NewOutgoing("SMS", r.mobile(), row.subject(), row.subject()));
                }
            }
        }
        for (int from = 0; from < outgoing.size(); from += BATCH) {
            repository.enqueueAll(outgoing.subList(from, Math.min(outgoing.size(), from + BATCH)));
        }
        return inserted;
    }

    private static final int BATCH = 5_000;

    /**
     * One page of the account's inbox, newest first, each message in the language of the current request
     * (where it was stored with its keys; older messages as they were sent).
     */
    @Transactional(readOnly = true)
    public Page<InboxItem> inbox(long accountId, boolean unreadOnly, PageRequest page) {
        Locale locale = LocaleContextHolder.getLocale();
        List<InboxItem> items = new ArrayList<>();
        for (NotificationRepository.Stored m : repository.inbox(accountId, unreadOnly, page.size(), page.offset())) {
            InboxItem i = m.item();
            if (m.subjectKey() != null && m.bodyKey() != null) {
                Object[] args = NoticeText.fromJson(m.argsJson());
                i = new InboxItem(
                        i.id(),
                        i.kind(),
                        text.render(m.subjectKey(), args, locale),
                        text.render(m.bodyKey(), args, locale),
                        i.link(),
                        i.createdAt(),
                        i.readAt());
            }
            items.add(i);
        }
        return Page.of(items, page, repository.count(accountId, unreadOnly));
    }

    /** Remembers a case's number for later notices (from the engine's CaseCreated). */
    @Transactional
    void rememberCase(long caseId, String number, String title) {
        repository.rememberCase(caseId, number, title);
    }

    /** How notices name a case: its document number, or a neutral word when its creation was not seen. */
    @Transactional(readOnly = true)
    public String caseName(long caseId) {
        return repository.caseNumber(caseId).orElse("#notification.aCase");
    }

    @Transactional(readOnly = true)
    public long unreadCount(long accountId) {
        return repository.count(accountId, true);
    }

    /** Marks one message read; 404 when it is not the account's. */
    @Transactional
    public void markRead(long accountId, long messageId) {
        if (repository.markRead(accountId, messageId) == 0) {
            throw new NotFoundException("message", messageId);
        }
    }

    @Transactional
    public int markAllRead(long accountId) {
        return repository.markAllRead(accountId);
    }
}
