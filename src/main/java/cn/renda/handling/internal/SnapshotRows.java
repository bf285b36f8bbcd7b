package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.AttachmentView;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ClockState;
import cn.renda.handling.Colour;
import cn.renda.handling.Evaluation;
import cn.renda.handling.EvaluationView;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.ExtensionView;
import cn.renda.handling.Proposer;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.ResultClass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case snapshot's lists as {@link CaseSnapshots}' statement aggregates them: each a JSON array of rows, each row
 * a JSON array of scalars ({@code json_build_array}). Read with Jackson's streaming parser straight into the records:
 * no tree of nodes per value (the tree was 7 % of the engine threads' CPU with its row mapping). A row's values are
 * {@code String}, {@code Long} (integers), {@code Boolean} or null; the accessors read them as the tree's
 * {@code asString}/{@code asLong}/{@code asBoolean} did (null as 0 or false where a primitive is wanted).
 */
final class SnapshotRows {

    private SnapshotRows() {}

    /** The rows of one aggregated list (null or empty: none), each mapped by {@code row}. */
    static <T> List<T> list(JsonMapper json, String text, Function<Object[], T> row) {
        if (text == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        List<Object> values = new ArrayList<>(20);
        try (JsonParser p = json.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("not a JSON array of rows: " + text);
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                values.clear();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    values.add(
                            switch (t) {
                                case VALUE_STRING -> p.getString();
                                case VALUE_NUMBER_INT -> p.getLongValue();
                                case VALUE_TRUE -> Boolean.TRUE;
                                case VALUE_FALSE -> Boolean.FALSE;
                                case VALUE_NULL -> null;
                                case VALUE_NUMBER_FLOAT -> p.getString();
                                default -> throw new IllegalStateException("not a scalar in a row: " + t);
                            });
                }
                out.add(row.apply(values.toArray()));
            }
            if (t != JsonToken.END_ARRAY) {
                throw new IllegalStateException("not a row: " + t);
            }
        }
        return out;
    }

    static Map<ClockName, ClockPolicy> policies(JsonMapper json, String text) {
        Map<ClockName, ClockPolicy> out = new EnumMap<>(ClockName.class);
        for (ClockPolicy p : list(
                json, text, a -> new ClockPolicy(ClockName.valueOf(str(a, 0)), length(a, 1), Leads.parse(str(a, 3))))) {
            out.put(p.clock(), p);
        }
        return out;
    }

    static AssignmentView assignment(Object[] a) {
        return new AssignmentView(
                asLong(a, 0),
                asLong(a, 1),
                AssignmentRole.valueOf(str(a, 2)),
                AssignmentState.valueOf(str(a, 3)),
                time(a, 4),
                time(a, 5),
                str(a, 6),
                lng(a, 7));
    }

    static ClockRow clock(long caseId, Object[] a) {
        return new ClockRow(
                asLong(a, 0),
                caseId,
                lng(a, 1),
                lng(a, 2),
                ClockName.valueOf(str(a, 3)),
                str(a, 4),
                date(a, 5),
                length(a, 6),
                date(a, 8),
                date(a, 9),
                Leads.parse(str(a, 10)),
                ClockState.valueOf(str(a, 11)),
                date(a, 12),
                date(a, 13),
                asBoolean(a, 14),
                (int) asLong(a, 15),
                Colour.valueOf(str(a, 16)));
    }

    static Proposer proposer(Object[] a) {
        return new Proposer(lng(a, 0), lng(a, 1), str(a, 2));
    }

    static ReplyView reply(Object[] a) {
        return new ReplyView(
                asLong(a, 0),
                ReplyType.valueOf(str(a, 1)),
                lng(a, 2),
                str(a, 3),
                HandlingRepository.enumOrNull(ResultClass.class, str(a, 4)),
                asBoolean(a, 5),
                asLong(a, 6),
                time(a, 7));
    }

    static EvaluationView evaluation(Object[] a) {
        return new EvaluationView(asLong(a, 0), Evaluation.valueOf(str(a, 1)), str(a, 2), asLong(a, 3), time(a, 4));
    }

    static HandlingRepository.ExtensionRow extension(Object[] a) {
        return new HandlingRepository.ExtensionRow(
                asLong(a, 1),
                new ExtensionView(
                        asLong(a, 0),
                        ClockName.valueOf(str(a, 2)),
                        length(a, 3),
                        str(a, 5),
                        ExtensionStatus.valueOf(str(a, 6)),
                        asLong(a, 7),
                        time(a, 8),
                        lng(a, 9),
                        date(a, 10),
                        date(a, 11)));
    }

    static AttachmentView attachment(Object[] a) {
        return new AttachmentView(
                asLong(a, 0), str(a, 1), str(a, 2), asLong(a, 3), str(a, 4), asLong(a, 5), time(a, 6));
    }

    private static Length length(Object[] a, int i) {
        return new Length((int) asLong(a, i), LengthUnit.valueOf(str(a, i + 1)));
    }

    /** The value as text (a number's digits), or null. */
    static String str(Object[] a, int i) {
        Object v = i < a.length ? a[i] : null;
        return v == null ? null : v.toString();
    }

    /** The value as a number, or null. */
    static Long lng(Object[] a, int i) {
        Object v = i < a.length ? a[i] : null;
        return v == null ? null : v instanceof Long l ? l : Long.valueOf(v.toString());
    }

    /** The value as a number, 0 when null. */
    static long asLong(Object[] a, int i) {
        Long v = lng(a, i);
        return v == null ? 0 : v;
    }

    /** The value as a boolean, false when null. */
    static boolean asBoolean(Object[] a, int i) {
        Object v = i < a.length ? a[i] : null;
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    private static LocalDate date(Object[] a, int i) {
        String v = str(a, i);
        return v == null ? null : IsoTimes.date(v);
    }

    /** Timestamps as the driver returns them (UTC offset), whatever the session's time zone printed. */
    private static OffsetDateTime time(Object[] a, int i) {
        String v = str(a, i);
        return v == null ? null : IsoTimes.utc(v);
    }
}
