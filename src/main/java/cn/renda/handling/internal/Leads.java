package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import java.util.ArrayList;
import java.util.List;

/** Reminder lead times stored as text: {@code 3 WORKING_DAYS,1 CALENDAR_DAYS}. */
final class Leads {

    private Leads() {}

    static String format(List<Length> leads) {
        return String.join(
                ",", leads.stream().map(l -> l.amount() + " " + l.unit().name()).toList());
    }

    static List<Length> parse(String text) {
        List<Length> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] p = part.trim().split(" ");
            out.add(new Length(Integer.parseInt(p[0]), LengthUnit.valueOf(p[1])));
        }
        return out;
    }
}
