package cn.renda.handling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case as a list row: the most urgent active clock gives {@code colour}, {@code nextClock} and {@code nextDue}. */
public record CaseSummary(
        long id,
        String kind,
        String number,
        String title,
        String category,
        String state,
        Visibility visibility,
        boolean keyCase,
        Colour colour,
        ClockName nextClock,
        LocalDate nextDue,
        OffsetDateTime createdAt,
        long version) {}
