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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends notices to accounts of the bound congress and serves their inboxes. */
@Service
public class NotificationFacade {

    private final NotificationRepository repository;
    private final AccountFacade accounts;
    private final MessageSource messages;

    NotificationFacade(NotificationRepository repository, AccountFacade accounts, MessageSource messages) {
        this.repository = repository;
        this.accounts = accounts;
        this.messages = messages;
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
            Locale locale = "en".equals(r.locale()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String subject = messages.getMessage(notice.subjectKey(), notice.arguments(), locale);
            String body = messages.getMessage(notice.bodyKey(), notice.arguments(), locale);
            if (!repository.insertMessage(accountId, notice.kind(), subject, body, notice.link(), notice.dedupeKey())) {
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
            String[] zh = null;
            String[] en = null;
            for (Recipient r : notice.recipients()) {
                boolean english = "en".equals(r.locale());
                String[] text = english ? en : zh;
                if (text == null) {
                    Locale locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                    text = new String[] {
                        messages.getMessage(notice.subjectKey(), notice.arguments(), locale),
                        messages.getMessage(notice.bodyKey(), notice.arguments(), locale)
                    };
                    if (english) {
                        en = text;
                    } else {
                        zh = text;
                    }
                }
                var row = new NotificationRepository.NewMessage(
                        r.accountId(), notice.kind(), text[0], text[1], notice.link(), notice.dedupeKey());
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

    /** One page of the account's inbox, newest first. */
    @Transactional(readOnly = true)
    public Page<InboxItem> inbox(long accountId, boolean unreadOnly, PageRequest page) {
        return Page.of(
                repository.inbox(accountId, unreadOnly, page.size(), page.offset()),
                page,
                repository.count(accountId, unreadOnly));
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
