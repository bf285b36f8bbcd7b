package cn.renda.notification;

import cn.renda.core.TenantContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the inbox, the outbox and the digest marks. */
@Repository
class NotificationRepository {

    /** A pending outbox row. */
    record Outgoing(long id, String channel, String recipient, String subject, String body, int attempts) {}

    private final JdbcClient jdbc;

    private final cn.renda.core.PersonalData personalData;

    NotificationRepository(JdbcClient jdbc, cn.renda.core.PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    /** An SMS recipient (a mobile number) is sealed in the outbox like every phone; e-mail addresses are not. */
    private String recipientAtRest(String channel, String recipient) {
        return "SMS".equals(channel) ? personalData.seal(recipient) : recipient;
    }

    /** The recipient to send to: an SMS number opened (a plain one from before sealing is taken as it is). */
    private String recipientToSend(String channel, String stored) {
        if ("SMS".equals(channel) && stored != null && stored.startsWith("pd1:")) {
            return personalData.tryOpen(stored).orElse(null);
        }
        return stored;
    }

    /** Inserts a message unless the same dedupe key reached this account before; true when inserted. */
    boolean insertMessage(NewMessage m) {
        return jdbc.sql(
                                """
                insert into notification.message (account_id, kind, subject, body, link, dedupe_key, subject_key, body_key, args)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (congress_id, account_id, dedupe_key) where dedupe_key is not null do nothing""")
                        .params(m.accountId(), m.kind(), m.subject(), m.body(), m.link(), m.dedupeKey())
                        .params(m.subjectKey(), m.bodyKey(), m.argsJson())
                        .update()
                == 1;
    }

    /** A case's document number, when its creation was seen. */
    java.util.Optional<String> caseNumber(long caseId) {
        return jdbc.sql("select number from notification.case_ref where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(String.class)
                .optional();
    }

    /**
     * A message to insert: the text as rendered for the recipient, and the keys and arguments (a JSON array of
     * strings) to render it again in the language the reader has chosen.
     */
    record NewMessage(
            long accountId,
            String kind,
            String subject,
            String body,
            String link,
            String dedupeKey,
            String subjectKey,
            String bodyKey,
            String argsJson) {}

    /** An outbox row to insert. */
    record NewOutgoing(String channel, String recipient, String subject, String body) {}

    /**
     * Inserts the messages in one statement, skipping those whose dedupe key reached the account before;
     * returns {@code accountId + ":" + dedupeKey} of the inserted ones.
     */
    java.util.Set<String> insertMessages(List<NewMessage> rows) {
        return new java.util.HashSet<>(cn.renda.core.InsertValues.returning(
                jdbc,
                "insert into notification.message (account_id, kind, subject, body, link, dedupe_key, subject_key,"
                        + " body_key, args)",
                """
                on conflict (congress_id, account_id, dedupe_key) where dedupe_key is not null do nothing
                returning account_id, dedupe_key""",
                rows,
                m -> new Object[] {
                    m.accountId(),
                    m.kind(),
                    m.subject(),
                    m.body(),
                    m.link(),
                    m.dedupeKey(),
                    m.subjectKey(),
                    m.bodyKey(),
                    jsonb(m.argsJson())
                },
                (rs, n) -> rs.getLong(1) + ":" + rs.getString(2)));
    }

    /** A JSON text bound as jsonb (a plain string parameter would be refused by the jsonb column). */
    private static org.postgresql.util.PGobject jsonb(String json) {
        if (json == null) {
            return null;
        }
        try {
            var value = new org.postgresql.util.PGobject();
            value.setType("jsonb");
            value.setValue(json);
            return value;
        } catch (java.sql.SQLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Adds the inbox and outbox rows of a notice about a new case to the creation's batch, the number
     * ({@link cn.renda.handling.CaseBatch#NUMBER}) put in place of {@code mark} ({@link NewCaseNotices#markFor}) in every text and at
     * {@code numberAt} in the arguments by the database (the engine has the statement read the number when it runs:
     * Citus takes no sub-select in {@code INSERT … VALUES}).
     */
    void insertNumbered(
            List<NewMessage> rows,
            List<NewOutgoing> outgoing,
            List<Integer> numberAt,
            String mark,
            cn.renda.handling.CaseBatch batch) {
        Object number = cn.renda.handling.CaseBatch.NUMBER;
        StringBuilder args = new StringBuilder("?::jsonb");
        for (int i = 0; i < numberAt.size(); i++) {
            args.insert(0, "jsonb_set(").append(", ?::text[], to_jsonb(?::text))");
        }
        StringBuilder sql = new StringBuilder(
                "insert into notification.message (account_id, kind, subject, body, link, dedupe_key, subject_key,"
                        + " body_key, args) values ");
        List<Object> values = new ArrayList<>();
        for (NewMessage m : rows) {
            sql.append(values.isEmpty() ? "" : ", ")
                    .append("(?, ?, replace(?, ?, ?), replace(?, ?, ?), ?, ?, ?, ?, ")
                    .append(args)
                    .append(')');
            values.addAll(java.util.Arrays.asList(
                    m.accountId(), m.kind(), m.subject(), mark, number, m.body(), mark, number, m.link()));
            values.addAll(java.util.Arrays.asList(m.dedupeKey(), m.subjectKey(), m.bodyKey(), m.argsJson()));
            for (int at : numberAt) {
                values.add("{" + at + "}");
                values.add(number);
            }
        }
        sql.append(" on conflict (congress_id, account_id, dedupe_key) where dedupe_key is not null do nothing");
        batch.add(sql.toString(), values.toArray());
        if (outgoing.isEmpty()) {
            return;
        }
        StringBuilder out =
                new StringBuilder("insert into notification.outbox (channel, recipient, subject, body) values ");
        List<Object> outValues = new ArrayList<>();
        for (NewOutgoing o : outgoing) {
            out.append(outValues.isEmpty() ? "" : ", ").append("(?, ?, replace(?, ?, ?), replace(?, ?, ?))");
            outValues.addAll(java.util.Arrays.asList(
                    o.channel(),
                    recipientAtRest(o.channel(), o.recipient()),
                    o.subject(),
                    mark,
                    number,
                    o.body(),
                    mark,
                    number));
        }
        batch.add(out.toString(), outValues.toArray());
    }

    /** Inserts the outbox rows in multi-row statements, in list order. */
    void enqueueAll(List<NewOutgoing> rows) {
        // One seal per number and call: a sweep sends one recipient many rows, and sealing costs a cipher each.
        java.util.Map<String, String> sealed = new java.util.HashMap<>();
        cn.renda.core.InsertValues.insert(
                jdbc,
                "insert into notification.outbox (channel, recipient, subject, body)",
                "",
                rows,
                o -> new Object[] {
                    o.channel(),
                    "SMS".equals(o.channel()) && o.recipient() != null
                            ? sealed.computeIfAbsent(o.recipient(), r -> recipientAtRest("SMS", r))
                            : recipientAtRest(o.channel(), o.recipient()),
                    o.subject(),
                    o.body()
                });
    }

    void enqueue(String channel, String recipient, String subject, String body) {
        jdbc.sql("insert into notification.outbox (channel, recipient, subject, body) values (?, ?, ?, ?)")
                .params(channel, recipientAtRest(channel, recipient), subject, body)
                .update();
    }

    List<Stored> inbox(long accountId, boolean unreadOnly, int limit, long offset) {
        return jdbc.sql(
                        """
                select id, kind, subject, body, link, created_at, read_at, subject_key, body_key, args from notification.message
                where congress_id = :congress and account_id = :account and (not :unread or read_at is null)
                order by created_at desc, id desc limit :limit offset :offset""")
                .param("congress", TenantContext.orNone())
                .param("account", accountId)
                .param("unread", unreadOnly)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Stored(
                        new InboxItem(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(6, OffsetDateTime.class),
                                rs.getObject(7, OffsetDateTime.class)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
    }

    /** A stored message with the keys to render it again in another language (null for old messages). */
    record Stored(InboxItem item, String subjectKey, String bodyKey, String argsJson) {}

    long count(long accountId, boolean unreadOnly) {
        return jdbc.sql(
                        """
                select count(*) from notification.message
                where congress_id = :congress and account_id = :account and (not :unread or read_at is null)""")
                .param("congress", TenantContext.orNone())
                .param("account", accountId)
                .param("unread", unreadOnly)
                .query(Long.class)
                .single();
    }

    int markRead(long accountId, long id) {
        return jdbc.sql(
                        "update notification.message set read_at = coalesce(read_at, ?) where congress_id = ? and id = ? and account_id = ?")
                // the time as a parameter: Citus evaluates no stable function inside COALESCE
                .params(java.time.OffsetDateTime.now(), TenantContext.orNone(), id, accountId)
                .update();
    }

    int markAllRead(long accountId) {
        return jdbc.sql(
                        "update notification.message set read_at = now() where congress_id = ? and account_id = ? and read_at is null")
                .param(TenantContext.orNone())
                .param(accountId)
                .update();
    }

    /**
     * Claims due outbox rows of the bound congress; SKIP LOCKED keeps two senders from taking the same row. The
     * congress is also named as a value: Citus locks rows (FOR UPDATE) only in a statement it can route to one
     * shard, and it routes by a value of congress_id, not by the row-level-security binding.
     */
    List<Outgoing> claimPending(int limit) {
        return jdbc.sql(
                        """
                select id, channel, recipient, subject, body, attempts from notification.outbox
                where congress_id = ? and status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at, id limit ? for update skip locked""")
                .param(cn.renda.core.TenantContext.orNone())
                .param(limit)
                .query((rs, n) -> new Outgoing(
                        rs.getLong(1),
                        rs.getString(2),
                        recipientToSend(rs.getString(2), rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .list();
    }

    void markSent(long id, String status) {
        jdbc.sql(
                        "update notification.outbox set status = ?, sent_at = now(), attempts = attempts + 1 where congress_id = ? and id = ?")
                .params(status, TenantContext.orNone(), id)
                .update();
    }

    /** Backs off exponentially; gives up after the given number of attempts. */
    void markFailed(long id, int attempts, int maxAttempts, String error) {
        jdbc.sql(
                        """
                update notification.outbox set attempts = :attempts, last_error = :error,
                  status = case when :attempts >= :max then 'FAILED' else 'PENDING' end,
                  next_attempt_at = now() + make_interval(secs => 30 * power(2, :attempts))
                where congress_id = :congress and id = :id""")
                .param("congress", TenantContext.orNone())
                .param("attempts", attempts)
                .param("error", error)
                .param("max", maxAttempts)
                .param("id", id)
                .update();
    }

    /** Accounts with unread messages from the last day, and their number. */
    List<long[]> unreadSince(OffsetDateTime since) {
        return jdbc.sql(
                        """
                select account_id, count(*) from notification.message
                where congress_id = ? and read_at is null and kind <> 'DIGEST' and created_at >= ? group by account_id order by account_id""")
                .param(TenantContext.orNone())
                .param(since)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    boolean markDigest(long accountId, java.time.LocalDate day) {
        return jdbc.sql("insert into notification.digest_sent (account_id, day) values (?, ?) on conflict do nothing")
                        .params(accountId, day)
                        .update()
                == 1;
    }
}
