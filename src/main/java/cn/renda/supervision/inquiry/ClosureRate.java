package cn.renda.supervision.inquiry;

/** Closed-out problems of a group (a category, a unit, or all) against a threshold in percent. */
public record ClosureRate(String label, long total, long closed, int thresholdPercent) {

    /** The rate in whole percent, rounded down (0 for an empty group). */
    public int percent() {
        return total == 0 ? 0 : (int) (closed * 100 / total);
    }

    /** Whether the rate reaches the threshold ({@code closed / total >= threshold}, exactly, without rounding). */
    public boolean meetsThreshold() {
        return total > 0 && closed * 100 >= (long) thresholdPercent * total;
    }

    /** How many more problems must close out to reach the threshold. */
    public long shortBy() {
        long needed = (thresholdPercent * total + 99) / 100;
        return Math.max(0, needed - closed);
    }
}
