package cn.renda.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmark suite: {@code -Dbench.scale=1} (or a list such as {@code 0.1,0.3,1} for the growth
 * figures), {@code -Dbench.only=all|data,engine,…}. Figures of a run whose largest scale is 1 are merged
 * into {@code bench/results/latest.json}; other scales write {@code target/bench/results-S.json}. No
 * figure is asserted: the suite fails only when a benchmark cannot run.
 */
public final class BenchSuite {

    private BenchSuite() {}

    /** Every benchmark, in the order they run; {@code data} first, since the others read its data. */
    static List<Benchmark> benchmarks() {
        return List.of(
                new DataBench(),
                new SweepBench(),
                new SearchBench(),
                new HttpBench(),
                new EngineBench(),
                new PgbenchBench(),
                new ImportBench(),
                new CitusBench());
    }

    public static void main(String[] args) throws Exception {
        List<Double> scales = Arrays.stream(
                        System.getProperty("bench.scale", "1").split(","))
                .map(String::trim)
                .map(Double::parseDouble)
                .sorted()
                .toList();
        String only = System.getProperty("bench.only", "all");
        Set<String> selected = Set.of(only.split(","));
        Path jar = Path.of(System.getProperty("bench.jar", "target/renda-0.1.0-SNAPSHOT.jar"));
        double largest = scales.get(scales.size() - 1);

        Map<String, Object> results = new LinkedHashMap<>();
        Map<String, Object> growth = new TreeMap<>();
        for (double scale : scales) {
            boolean full = scale == largest;
            try (BenchContext ctx = new BenchContext(scale, dataRoot().resolve("scale-" + scaleLabel(scale)), jar)) {
                for (Benchmark b : benchmarks()) {
                    boolean wanted = selected.contains("all") || selected.contains(b.name());
                    // the data benchmark runs at every scale: the others need its data
                    if (!wanted || !(full || b.perScale() || b.name().equals("data"))) {
                        continue;
                    }
                    ctx.log("▶ %s", b.name());
                    b.run(ctx);
                    ctx.stopApp();
                }
                if (full) {
                    results.putAll(ctx.figures());
                }
                if (scales.size() > 1) {
                    growth.put(scaleLabel(scale), new LinkedHashMap<>(ctx.figures()));
                }
            }
        }
        write(largest, results, growth);
        System.exit(0); // non-daemon threads of the engines under test must not keep Maven waiting
    }

    /**
     * Where each scale keeps its database: {@code -Dbench.data-dir}, else {@code bench/data}; as root the
     * embedded PostgreSQL runs as 'nobody', which may not traverse the clone's path, so then /tmp.
     */
    static Path dataRoot() {
        String configured = System.getProperty("bench.data-dir", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        return "root".equals(System.getProperty("user.name"))
                ? Path.of(System.getProperty("java.io.tmpdir"), "renda-bench", cloneName())
                : Path.of("bench/data");
    }

    // Clones on one machine keep apart databases.
    private static String cloneName() {
        return Path.of("").toAbsolutePath().getFileName().toString();
    }

    static String scaleLabel(double scale) {
        String s = String.format(Locale.ROOT, "%s", scale);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static void write(double largest, Map<String, Object> results, Map<String, Object> growth)
            throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Path out = largest == 1.0
                ? Path.of("bench/results/latest.json")
                : Path.of("target/bench/results-" + scaleLabel(largest) + ".json");
        Files.createDirectories(out.getParent());
        Map<String, Object> merged = new LinkedHashMap<>();
        if (Files.exists(out)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> before = json.readValue(out.toFile(), LinkedHashMap.class);
            merged.putAll(before);
        }
        merged.putAll(results);
        // a benchmark clears a figure of an earlier run (e.g. http_failed) by recording null
        merged.values().removeIf(java.util.Objects::isNull);
        if (!growth.isEmpty()) {
            merged.put("growth", growth);
        }
        merged.put("commit", git("rev-parse", "--short", "HEAD"));
        merged.put("date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        merged.put("machine", machine());
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), merged);
        System.out.println("[bench] figures written to " + out.toAbsolutePath());
    }

    private static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("?");
        } catch (IOException e) {
            // not Linux: leave the model out
        }
        long memGb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize()
                >> 30;
        return Runtime.getRuntime().availableProcessors() + " cores, " + memGb + " GiB, " + cpu + ", Java "
                + Runtime.version().feature();
    }

    static String git(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
