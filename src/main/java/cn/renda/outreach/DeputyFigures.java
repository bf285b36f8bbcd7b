package cn.renda.outreach;

/** A deputy's outreach in a year (co-organized activities count once for the deputy). */
public record DeputyFigures(
        long personId,
        String name,
        int year,
        long activities,
        long votersMet,
        long dutyDays,
        long votersReceived,
        long trainings,
        long opinionsReceived) {}
