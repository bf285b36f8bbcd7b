package cn.renda.organization;

import java.time.LocalDate;

/** A leadership responsibility (包保): a leader answers for a river basin, key enterprise or project. */
public record ResponsibilityView(
        long id,
        long leaderId,
        String leaderName,
        ResponsibilityType type,
        String name,
        String description,
        boolean active,
        long visits,
        LocalDate lastVisit) {}
