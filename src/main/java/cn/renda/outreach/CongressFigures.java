package cn.renda.outreach;

/** A congress's outreach in a year: activities, voters met, reception days held, voters received, trainings. */
public record CongressFigures(
        int year,
        long activities,
        long votersMet,
        long dutyDays,
        long votersReceived,
        long trainings,
        long trainingAttendances,
        long opinions) {}
