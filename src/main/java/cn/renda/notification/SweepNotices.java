package cn.renda.notification;

import cn.renda.core.TenantContext;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Recipient;
import cn.renda.identity.RecipientDirectory;
import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The deadline sweep's notices, as a digest: per sweep and congress each recipient gets ONE inbox message (and
 * at most one e-mail and one SMS) naming what changed for them — how many of their cases turned yellow and how
 * many are overdue, the first few by number and title, and a link to their list of such cases. A clock turning
 * yellow concerns its unit's officers (or staff for the office's own clocks); turning red, the unit, staff and
 * leaders.
 *
 * <p>Why a digest: the sweep's cost was rows, up to twelve notice rows per clock (an inbox row, an e-mail and an
 * SMS for each of four recipients); a recipient whose twenty cases turned yellow overnight now reads one message,
 * not twenty, and the sweep writes a few rows per recipient instead of per clock. Every clock and colour still
 * appears in exactly one notice: the sweep records the colour sent ({@code notified}) in the same transaction, so
 * a later sweep cannot repeat it; the dedupe key {@link ClocksRecoloured#digestKey()} (per recipient) keeps a
 * redelivered event from sending twice. A clock given a new due date (an extension, a policy change) starts green
 * again, and its new deadline is reminded again, as its timeline records it again (the per-clock keys
 * {@code yellow:<clock>}/{@code red:<clock>} of the notices before the digest suppressed that second notice).
 *
 * <p>Written inside the sweep's own transaction (a plain, synchronous listener): the notices commit with the
 * colour change they announce or not at all, and Spring Modulith writes no publication row for them. Recipients
 * are read in one statement (the units' officers, staff, leaders); texts are rendered per recipient's language
 * and stored with their keys, so the inbox shows them in the reader's language.
 */
@Component
class SweepNotices {

    /** How many cases a digest names; the rest are counted. */
    static final int LISTED = 3;

    private static final int TITLE_LENGTH = 24;

    private final NotificationFacade notifications;
    private final AccountFacade accounts;

    SweepNotices(NotificationFacade notifications, AccountFacade accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @EventListener
    void on(ClocksRecoloured e) {
        // The rows are the congress's own: they must be written in a transaction bound to it, the sweep's.
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TenantContext.current().filter(c -> c == e.congressId()).isPresent()) {
            throw new IllegalStateException(
                    "ClocksRecoloured of congress " + e.congressId() + " published outside a transaction of it");
        }
        if (e.changes().isEmpty()) {
            return;
        }
        List<Long> unitIds = e.changes().stream()
                .map(ClocksRecoloured.ClockChange::unitId)
                .filter(u -> u != null)
                .distinct()
                .toList();
        boolean anyRed = e.changes().stream().anyMatch(c -> c.colour() == Colour.RED);
        RecipientDirectory directory = accounts.recipientDirectory(
                unitIds, anyRed ? EnumSet.of(Role.STAFF, Role.LEADER) : EnumSet.of(Role.STAFF));
        List<Recipient> staff = directory.withRole(Role.STAFF);
        List<Recipient> leaders = directory.withRole(Role.LEADER);
        // Per recipient, their cases and the worst colour each reached in this sweep (in the order first seen).
        Map<Long, Digest> digests = new LinkedHashMap<>();
        for (ClocksRecoloured.ClockChange c : e.changes()) {
            List<Recipient> to = new ArrayList<>(directory.ofUnit(c.unitId()));
            if (c.colour() == Colour.RED) {
                to.addAll(staff);
                to.addAll(leaders);
            } else if (c.unitId() == null) {
                to.addAll(staff);
            }
            for (Recipient r : to) {
                digests.computeIfAbsent(r.accountId(), id -> new Digest(r)).add(c);
            }
        }
        List<NotificationFacade.Batched> notices = new ArrayList<>(digests.size());
        for (Digest d : digests.values()) {
            notices.add(d.notice(e.digestKey()));
        }
        notifications.notifyBatched(notices);
    }

    /** One recipient's changes in one sweep: per case the worst colour. */
    private static final class Digest {

        private final Recipient recipient;
        private final Map<Long, ClocksRecoloured.ClockChange> cases = new LinkedHashMap<>();

        Digest(Recipient recipient) {
            this.recipient = recipient;
        }

        void add(ClocksRecoloured.ClockChange c) {
            cases.merge(c.caseId(), c, (old, now) -> old.colour() == Colour.RED ? old : now);
        }

        NotificationFacade.Batched notice(String dedupeKey) {
            List<ClocksRecoloured.ClockChange> sorted = cases.values().stream()
                    .sorted(Comparator.comparing((ClocksRecoloured.ClockChange c) -> c.colour() != Colour.RED)
                            .thenComparing(ClocksRecoloured.ClockChange::caseId, Comparator.reverseOrder()))
                    .toList();
            long red = sorted.stream().filter(c -> c.colour() == Colour.RED).count();
            long yellow = sorted.size() - red;
            String summary;
            if (red == 0) {
                summary = count("yellow", yellow);
            } else if (yellow == 0) {
                summary = count("red", red);
            } else {
                summary = NoticeText.nested("notification.sweep.both", count("yellow", yellow), count("red", red));
            }
            List<ClocksRecoloured.ClockChange> listed = sorted.subList(0, Math.min(LISTED, sorted.size()));
            Object[] items = listed.stream()
                    .map(c -> NoticeText.nested(
                            red > 0 && yellow > 0 ? "notification.sweep.case." + c.colour() : "notification.sweep.case",
                            c.caseNumber() == null ? "#notification.aCase" : c.caseNumber(),
                            shorten(c.caseTitle())))
                    .toArray();
            String list = NoticeText.nested("notification.sweep.cases." + items.length, items);
            String more = sorted.size() > listed.size()
                    ? NoticeText.nested("notification.sweep.more", sorted.size(), sorted.size() - listed.size())
                    : "";
            return new NotificationFacade.Batched(
                    List.of(recipient),
                    new NoticeContent(
                            red > 0 ? "OVERDUE" : "REMINDER",
                            red > 0 ? "notification.sweep.subject.red" : "notification.sweep.subject.yellow",
                            "notification.sweep.body",
                            new Object[] {summary, list, more},
                            link(recipient, red > 0),
                            dedupeKey,
                            true,
                            true));
        }

        /** The count phrase ("3 cases turned yellow"), singular or plural. */
        private static String count(String colour, long n) {
            return NoticeText.nested("notification.sweep." + colour + (n == 1 ? ".one" : ".other"), n);
        }

        /**
         * Where the recipient finds these cases: staff and leaders their to-do list of overdue (or near-due)
         * cases, a unit's officer the case list filtered by that colour (their unit's cases).
         */
        private static String link(Recipient r, boolean red) {
            if (r.roles().contains(Role.STAFF) || r.roles().contains(Role.LEADER)) {
                return red ? "/todo?list=OVERDUE" : "/todo?list=NEAR_DUE";
            }
            return red ? "/cases?colour=RED" : "/cases?colour=YELLOW";
        }

        private static String shorten(String title) {
            if (title == null) {
                return "";
            }
            return title.codePointCount(0, title.length()) <= TITLE_LENGTH
                    ? title
                    : title.substring(0, title.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
        }
    }
}
