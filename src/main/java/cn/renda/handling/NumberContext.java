package cn.renda.handling;

import java.util.Map;

/** Input of a kind's number format: the congress short name (e.g. 江夏区), year, sequence, category and attributes. */
public record NumberContext(
        String congressShortName, int year, long sequence, String category, Map<String, Object> attributes) {

    /** The usual issuer prefix: the short name without its trailing 区/县/市 plus 人大 (江夏区 → 江夏人大). */
    public String defaultPrefix() {
        String name = congressShortName == null ? "" : congressShortName;
        if (name.length() > 1 && (name.endsWith("区") || name.endsWith("县") || name.endsWith("市"))) {
            name = name.substring(0, name.length() - 1);
        }
        return name + "人大";
    }
}
