package cn.renda.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * China's statutory holidays and make-up working days as published in the State Council's notices
 * (data of the holiday-cn project, one JSON file per notice year under {@code calendar/holiday-cn/}).
 * Immutable; the national table is loaded once per JVM.
 */
final class HolidayTable {

    /** Where the bundled data lives on the classpath. */
    static final String LOCATION = "classpath:calendar/holiday-cn/*.json";

    /** A date the notices list: its holiday name and whether it is a day off or a make-up working day. */
    record Listed(String name, boolean offDay) {}

    private final Map<LocalDate, Listed> days;
    private final SortedSet<Integer> years;

    private HolidayTable(Map<LocalDate, Listed> days, SortedSet<Integer> years) {
        this.days = Map.copyOf(days);
        this.years = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(years));
    }

    /** The bundled national data. */
    static HolidayTable national() {
        return National.TABLE;
    }

    /** A table without any listed day (weekends only), for tests and as a neutral element. */
    static HolidayTable empty() {
        return new HolidayTable(Map.of(), new TreeSet<>());
    }

    /** Parses holiday-cn files ({@code {year, papers, days:[{name, date, isOffDay}]}}). */
    static HolidayTable parse(List<InputStream> files) {
        JsonMapper json = JsonMapper.builder().build();
        Map<LocalDate, Listed> days = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (InputStream in : files) {
            JsonNode root = json.readTree(in);
            years.add(root.required("year").asInt());
            // The file year is the notice's year, not the date's: 2019.json lists 2018-12-29..31 and
            // 2023.json lists 2022-12-31, so every entry is keyed by its own date.
            for (JsonNode d : root.required("days")) {
                LocalDate date = LocalDate.parse(d.required("date").asString());
                boolean offDay = d.required("isOffDay").asBoolean();
                if (!offDay && !isWeekend(date)) {
                    // 2020.json lists Monday 2020-02-03 as a working day (the end of the extended 2020
                    // Spring Festival break); a weekday is worked anyway, so it is no make-up day.
                    continue;
                }
                Listed listed = new Listed(d.required("name").asString(), offDay);
                Listed earlier = days.putIfAbsent(date, listed);
                if (earlier != null && earlier.offDay() != offDay) {
                    throw new IllegalStateException("Contradicting holiday data for " + date);
                }
            }
        }
        return new HolidayTable(days, years);
    }

    /** What the notices say about the date, if they list it. */
    Optional<Listed> listed(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Whether a State Council notice for the year is in the data. */
    boolean covers(int year) {
        return years.contains(year);
    }

    /** The notice years in the data, ascending. */
    SortedSet<Integer> years() {
        return years;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** Lazy holder: loads the bundled files on first use. */
    private static final class National {
        static final HolidayTable TABLE = load();

        private static HolidayTable load() {
            List<InputStream> streams = new ArrayList<>();
            try {
                Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
                if (resources.length == 0) {
                    throw new IllegalStateException("No holiday data at " + LOCATION);
                }
                for (Resource r : resources) {
                    streams.add(r.getInputStream());
                }
                return parse(streams);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                for (InputStream in : streams) {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // reading is done; a failing close loses nothing
                    }
                }
            }
        }
    }
}
