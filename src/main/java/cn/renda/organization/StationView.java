package cn.renda.organization;

import java.util.List;

/** A station (studio, liaison station or contact point) with its stationed deputies. */
public record StationView(
        long id,
        StationType type,
        StudioKind studioKind,
        String name,
        long streetId,
        String streetName,
        String address,
        String receptionSchedule,
        boolean active,
        List<PersonRef> deputies) {}
