package cn.renda.handling.web;

import cn.renda.handling.EventView;
import cn.renda.identity.AccountFacade;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a timeline event's payload into lines a person reads: clocks, units, roles, result classes and
 * evaluations by their labels, units and leaders by name, lengths and sizes in words. Chain fields and
 * internal ids are left out, so the timeline never shows an engine code or a database number.
 */
@Component
class TimelineText {

    /** One detail of an event: its label and its value as text. */
    public record Line(String label, String value) {}

    /** Payload fields kept for the hash chain or for links, never shown. */
    static final Set<String> HIDDEN = Set.of("sha256", "clockId", "clockIds", "attachmentId", "extensionId", "number");

    /** A clock log entry: {@code START ACCEPT 19 due 2026-01-16}, {@code MET ISSUE late}, {@code EXTEND R a -> b}. */
    private static final Pattern CLOCK_LOG =
            Pattern.compile("(START|MET|CANCEL|PAUSE|RESUME|EXTEND|RED|YELLOW)\\s+([A-Z_]+)(?:\\s+(\\d+))?"
                    + "(?:\\s+due\\s+(\\S+))?(?:\\s+(\\S+)\\s+->\\s+(\\S+))?(\\s+late)?");

    private static final Pattern LENGTH = Pattern.compile("Length\\[amount=(\\d+), unit=([A-Z_]+)]");

    private final MessageSource messages;
    private final UnitDirectory units;
    private final AccountFacade accounts;

    TimelineText(MessageSource messages, UnitDirectory units, AccountFacade accounts) {
        this.messages = messages;
        this.units = units;
        this.accounts = accounts;
    }

    /**
     * The unit ids the events name (unit fields, assignments, clock log entries), so a page reads their names
     * in one query with the rest of its units instead of one look-up per line.
     */
    static Set<Long> unitIds(Collection<EventView> events) {
        Set<Long> ids = new HashSet<>();
        for (EventView e : events) {
            for (Map.Entry<String, Object> p : e.payload().entrySet()) {
                switch (p.getKey()) {
                    case "unitId", "fromUnitId", "toUnitId" -> addId(ids, p.getValue());
                    case "assignments" -> each(p.getValue(), v -> {
                        if (v instanceof Map<?, ?> a) {
                            addId(ids, a.get("unitId"));
                        }
                    });
                    case "clocks" -> each(p.getValue(), v -> {
                        Matcher m = CLOCK_LOG.matcher(String.valueOf(v).trim());
                        if (m.matches() && m.group(3) != null) {
                            addId(ids, m.group(3));
                        }
                    });
                    default -> {}
                }
            }
        }
        return ids;
    }

    private static void addId(Set<Long> ids, Object value) {
        Long id = id(value);
        if (id != null) {
            ids.add(id);
        }
    }

    private static void each(Object value, java.util.function.Consumer<Object> action) {
        if (value instanceof Collection<?> list) {
            list.forEach(action);
        } else {
            action.accept(value);
        }
    }

    /**
     * The timeline texts of one page whose unit names were read beforehand ({@code unitNames}, e.g. with
     * {@link #unitIds}); a unit missing from the map is looked up on its own.
     */
    ForPage forPage(Map<Long, String> unitNames) {
        return new ForPage(unitNames);
    }

    /** {@code ${timelineText.lines(e)}} on a page whose unit names are known. */
    final class ForPage {
        private final Map<Long, String> unitNames;

        private ForPage(Map<Long, String> unitNames) {
            this.unitNames = unitNames;
        }

        /** The event's details in the current language, in payload order, without hidden fields. */
        public List<Line> lines(EventView e) {
            return TimelineText.this.lines(e, unitNames);
        }
    }

    /** The event's details in the current language, in payload order, without hidden fields. */
    public List<Line> lines(EventView e) {
        return lines(e, Map.of());
    }

    private List<Line> lines(EventView e, Map<Long, String> unitNames) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, Object> p : e.payload().entrySet()) {
            if (HIDDEN.contains(p.getKey()) || p.getValue() == null) {
                continue;
            }
            String value = value(p.getKey(), p.getValue(), locale, unitNames);
            if (value == null || value.isBlank()) {
                continue;
            }
            lines.add(new Line(label(p.getKey(), locale), value));
        }
        return lines;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("handling.web.payload." + key, null, key, locale);
    }

    private String value(String key, Object value, Locale locale, Map<Long, String> unitNames) {
        return switch (key) {
            case "clocks" -> joined(value, v -> clockLog(String.valueOf(v), locale, unitNames), locale);
            case "assignments" -> joined(value, v -> assignment(v, locale, unitNames), locale);
            case "unitId", "fromUnitId", "toUnitId" -> unitName(value, locale, unitNames);
            case "leaderId" -> leaderName(value, locale);
            case "clock" -> msg("handling.clock." + value, locale);
            case "source" -> msg("handling.web.source." + value, locale);
            case "resultClass" -> msg("handling.result." + value, locale);
            case "evaluation" -> msg("handling.evaluation." + value, locale);
            case "role" -> msg("handling.role." + value, locale);
            case "publish" -> msg(
                    Boolean.parseBoolean(String.valueOf(value)) ? "handling.web.yes" : "handling.web.no", locale);
            case "length", "extension" -> length(String.valueOf(value), locale);
            case "trackingMonths" -> length(value + " MONTHS", locale);
            case "size" -> size(value);
            case "text", "reason", "title" -> abbreviate(String.valueOf(value));
            default -> plain(value, locale);
        };
    }

    /** A value of a field this class does not know (another module's note): upper-case codes get a label if any. */
    private String plain(Object value, Locale locale) {
        String s = String.valueOf(value);
        if (s.matches("[A-Z][A-Z_]+")) {
            return messages.getMessage("handling.web.value." + s, null, s, locale);
        }
        return abbreviate(s);
    }

    private String clockLog(String entry, Locale locale, Map<Long, String> unitNames) {
        Matcher m = CLOCK_LOG.matcher(entry.trim());
        if (!m.matches()) {
            return abbreviate(entry);
        }
        StringBuilder out = new StringBuilder();
        out.append(msg("handling.web.clockOp." + m.group(1), locale))
                .append(' ')
                .append(msg("handling.clock." + m.group(2), locale));
        if (m.group(3) != null) {
            out.append(msg("handling.web.clockOfUnit", locale, unitName(m.group(3), locale, unitNames)));
        }
        if (m.group(4) != null) {
            out.append(msg("handling.web.clockDue", locale, m.group(4)));
        }
        if (m.group(5) != null) {
            out.append(msg("handling.web.clockMoved", locale, m.group(5), m.group(6)));
        }
        if (m.group(7) != null) {
            out.append(msg("handling.web.clockLate", locale));
        }
        return out.toString();
    }

    private String assignment(Object v, Locale locale, Map<Long, String> unitNames) {
        if (v instanceof Map<?, ?> a) {
            return msg("handling.role." + a.get("role"), locale)
                    + msg("handling.web.colon", locale)
                    + unitName(a.get("unitId"), locale, unitNames);
        }
        return abbreviate(String.valueOf(v));
    }

    private String length(String value, Locale locale) {
        Matcher m = LENGTH.matcher(value);
        String amount;
        String unit;
        if (m.matches()) {
            amount = m.group(1);
            unit = m.group(2);
        } else {
            String[] parts = value.trim().split("\\s+");
            if (parts.length != 2) {
                return abbreviate(value);
            }
            amount = parts[0];
            unit = parts[1];
        }
        return amount + " " + msg("handling.web.lengthUnit." + unit, locale);
    }

    private static String size(Object value) {
        long bytes;
        try {
            bytes = Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private String unitName(Object id, Locale locale, Map<Long, String> unitNames) {
        Long unitId = id(id);
        if (unitId == null) {
            return msg("handling.web.unknownUnit", locale);
        }
        String known = unitNames.get(unitId);
        if (known != null) {
            return known;
        }
        return units.find(unitId).map(UnitView::name).orElseGet(() -> msg("handling.web.unknownUnit", locale));
    }

    private String leaderName(Object id, Locale locale) {
        Long accountId = id(id);
        if (accountId == null) {
            return null;
        }
        return accounts.recipient(accountId)
                .map(r -> r.displayName())
                .orElseGet(() -> msg("handling.web.unknownPerson", locale));
    }

    private static Long id(Object id) {
        if (id instanceof Number n) {
            return n.longValue();
        }
        try {
            return id == null ? null : Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String joined(Object value, java.util.function.Function<Object, String> each, Locale locale) {
        if (value instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object v : list) {
                parts.add(each.apply(v));
            }
            return String.join(msg("handling.web.listSeparator", locale), parts);
        }
        return each.apply(value);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
