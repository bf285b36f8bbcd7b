package cn.renda.notification;

import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import cn.renda.identity.RecipientDirectory;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Sends notices to accounts of the bound congress and serves their inboxes. */
@Service
public class NotificationFacade {

    private final NotificationRepository repository;
    private final AccountFacade accounts;
    private final NoticeText text;
    private final CaseNumbers caseNumbers;
    private final NewCaseNotices newCaseNotices;

    NotificationFacade(
            NotificationRepository repository,
            AccountFacade accounts,
            NoticeText text,
            CaseNumbers caseNumbers,
            NewCaseNotices newCaseNotices) {
        this.newCaseNotices = newCaseNotices;
        this.repository = repository;
        this.accounts = accounts;
        this.text = text;
        this.caseNumbers = caseNumbers;
    }

    /**
     * Puts the notice into each recipient's inbox and, where asked and possible, into the e-mail / SMS
     * outbox, all in the caller's transaction. Returns how many recipients were newly notified.
     */
    @Transactional
    public int notify(Notice notice) {
        NoticeContent c = notice.content();
        int notified = 0;
        for (long accountId : notice.accountIds()) {
            Recipient r = accounts.recipient(accountId).orElse(null);
            if (r == null) {
                continue;
            }
            Locale locale = NoticeText.localeOf(r.locale());
            String subject = text.render(c.subjectKey(), c.arguments(), locale);
            String body = text.render(c.bodyKey(), c.arguments(), locale);
            if (!repository.insertMessage(new NotificationRepository.NewMessage(
                    accountId,
                    c.kind(),
                    subject,
                    body,
                    c.link(),
                    c.dedupeKey(),
                    c.subjectKey(),
                    c.bodyKey(),
                    NoticeText.toJson(c.arguments())))) {
                continue;
            }
            notified++;
            if (c.email() && r.email() != null) {
                repository.enqueue("EMAIL", r.email(), subject, body + (c.link() == null ? "" : "\n\n" + c.link()));
            }
            if (c.sms() && r.mobile() != null) {
                repository.enqueue("SMS", r.mobile(), subject, subject);
            }
        }
        return notified;
    }

    /**
     * Sends a notice about a case being created, whose arguments name its number ({@link
     * cn.renda.handling.CaseBatch#NUMBER}), with the creation's writes that name the number ({@code batch}, from
     * {@code HandlingFacade.create}'s callback): the recipients are read now, before the number is taken, and the rows
     * travel in the round trip after it. The notice reads as {@link #notify} would have written it once the number was
     * known; its dedupe key must name the new case.
     */
    public void notifyWithNewNumber(Notice notice, cn.renda.handling.CaseBatch batch) {
        newCaseNotices.add(notice, batch);
    }

    /**
     * Sends the notices of a step in the step's own transaction: the supplier runs just before that
     * transaction commits (so it sees everything the step wrote), and the notices of all suppliers of the
     * transaction are written together, one multi-row insert into the inbox and one into the outbox. A notice
     * therefore commits with the step or not at all, and needs no after-commit listener, no second
     * transaction and no event publication row. Called outside a transaction, it is its own.
     */
    @Transactional
    public void notifyBeforeCommit(Supplier<List<Notice>> notices) {
        StepNotices pending = pending();
        if (pending == null) {
            notifyBatched(resolve(notices.get(), List.of()));
        } else {
            pending.notices.add(notices);
        }
    }

    /** {@link #notifyBeforeCommit} for notices whose recipients the caller has looked up. */
    @Transactional
    void batchedBeforeCommit(Supplier<List<Batched>> notices) {
        StepNotices pending = pending();
        if (pending == null) {
            notifyBatched(notices.get());
        } else {
            pending.batched.add(notices);
        }
    }

    /** {@link #notifyBeforeCommit} for notices addressed to units' officers and roles' holders. */
    @Transactional
    void addressedBeforeCommit(Supplier<List<AddressedNotice>> notices) {
        StepNotices pending = pending();
        if (pending == null) {
            notifyBatched(resolve(List.of(), notices.get()));
        } else {
            pending.addressed.add(notices);
        }
    }

    /** The transaction's queue of step notices, registered on first use; null outside a transaction. */
    private StepNotices pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        // Looked up among the synchronizations (not bound as a resource): a REQUIRES_NEW transaction suspends
        // them, so an inner transaction gets a queue of its own.
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof StepNotices pending && pending.owner == this) {
                return pending;
            }
        }
        StepNotices pending = new StepNotices(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /**
     * Notices addressed by unit or role and by account id (in that order, as the step's listeners queue them), with
     * every recipient looked up in one statement (units' officers and roles' holders in id order, accounts in the
     * order the notice names them).
     */
    private List<Batched> resolve(List<Notice> notices, List<AddressedNotice> addressed) {
        if (notices.isEmpty() && addressed.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        notices.forEach(n -> ids.addAll(n.accountIds()));
        Set<Long> units = new LinkedHashSet<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addressed.forEach(n -> {
            units.addAll(n.unitIds());
            roles.addAll(n.roles());
        });
        RecipientDirectory directory = accounts.recipientDirectory(units, roles, ids);
        List<Batched> batched = new ArrayList<>(notices.size() + addressed.size());
        for (AddressedNotice n : addressed) {
            Map<Long, Recipient> to = new LinkedHashMap<>();
            n.unitIds().forEach(u -> directory.ofUnit(u).forEach(r -> to.putIfAbsent(r.accountId(), r)));
            n.roles().forEach(role -> directory.withRole(role).forEach(r -> to.putIfAbsent(r.accountId(), r)));
            batched.add(new Batched(List.copyOf(to.values()), n.content()));
        }
        for (Notice n : notices) {
            List<Recipient> to = new ArrayList<>();
            for (long id : n.accountIds()) {
                directory.account(id).ifPresent(to::add);
            }
            batched.add(new Batched(to, n.content()));
        }
        return batched;
    }

    /** The step notices queued in one transaction, written before it commits. */
    private static final class StepNotices implements TransactionSynchronization {

        private final NotificationFacade owner;
        private final List<Supplier<List<Notice>>> notices = new ArrayList<>();
        private final List<Supplier<List<Batched>>> batched = new ArrayList<>();
        private final List<Supplier<List<AddressedNotice>>> addressed = new ArrayList<>();

        StepNotices(NotificationFacade owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            List<Batched> all = new ArrayList<>();
            batched.forEach(s -> all.addAll(s.get()));
            List<Notice> plain = new ArrayList<>();
            notices.forEach(s -> plain.addAll(s.get()));
            List<AddressedNotice> toUnitsAndRoles = new ArrayList<>();
            addressed.forEach(s -> toUnitsAndRoles.addAll(s.get()));
            all.addAll(owner.resolve(plain, toUnitsAndRoles));
            if (!all.isEmpty()) {
                owner.notifyBatched(all);
            }
        }

        @Override
        public int getOrder() {
            // After other before-commit work of the step (which a supplier may read).
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** A notice to recipients already looked up (enabled accounts of the bound congress). */
    record Batched(List<Recipient> recipients, NoticeContent content) {}

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
        List<NoticeContent> of = new ArrayList<>();
        for (Batched batched : notices) {
            NoticeContent notice = batched.content();
            String argsJson = NoticeText.toJson(notice.arguments());
            String[] zh = null;
            String[] en = null;
            for (Recipient r : batched.recipients()) {
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
                NoticeContent notice = of.get(i);
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

    /** How notices name a case: its document number, or a neutral word when its creation was not seen. */
    @Transactional(readOnly = true)
    public String caseName(long caseId) {
        return caseNumbers.number(caseId).orElse("#notification.aCase");
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
