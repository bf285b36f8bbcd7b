package cn.renda.supervision.inquiry;

/**
 * Closed-out problems of a group (a category, a unit, or all) against a threshold in percent: the rate in
 * whole percent (rounded down), whether it meets the threshold exactly ({@code closed / total >= threshold})
 * and how many more problems must close out to reach it.
 */
public record ClosureRate(
        String label,
        long total,
        long closed,
        int thresholdPercent,
        int percent,
        boolean meetsThreshold,
        long shortBy) {

    /** The rate of {@code closed} out of {@code total} problems. */
    public static ClosureRate of(String label, long total, long closed, int thresholdPercent) {
        int percent = total == 0 ? 0 : (int) (closed * 100 / total);
        boolean meets = total > 0 && closed * 100 >= (long) thresholdPercent * total;
        long needed = (thresholdPercent * total + 99) / 100;
        return new ClosureRate(label, total, closed, thresholdPercent, percent, meets, Math.max(0, needed - closed));
    }
}
