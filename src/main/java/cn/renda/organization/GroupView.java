package cn.renda.organization;

import java.util.List;

/** A deputy group (代表小组), possibly a 共同缔造 professional group, with its members. */
public record GroupView(
        long id,
        String name,
        Long streetId,
        String streetName,
        boolean professional,
        Long stationId,
        String stationName,
        boolean active,
        int memberCount,
        List<PersonRef> members) {}
