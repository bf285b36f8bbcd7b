package cn.renda.outreach;

import java.time.LocalDate;
import java.util.List;

/** An activity with its theme, street(s), group or station, deputies and voters met. */
public record ActivityView(
        long id,
        String title,
        LocalDate heldOn,
        String place,
        Long themeId,
        String themeTitle,
        long streetId,
        String streetName,
        List<String> coStreetNames,
        Long groupId,
        String groupName,
        Long stationId,
        String stationName,
        List<String> deputyNames,
        int votersMet,
        String summary,
        long opinions) {}
