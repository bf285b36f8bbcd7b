package cn.renda.outreach;

import java.time.LocalDate;
import java.util.List;

/** A reception day at a station (接待日): deputies on duty (names, and person ids) and, once held, the voters received. */
public record DutyView(
        long id,
        long stationId,
        String stationName,
        long streetId,
        LocalDate dutyOn,
        List<String> deputyNames,
        Integer votersReceived,
        String note,
        List<Long> deputyIds) {}
