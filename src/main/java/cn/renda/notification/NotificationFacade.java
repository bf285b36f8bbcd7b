package cn.renda.notification;

import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import java.util.Locale;
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
