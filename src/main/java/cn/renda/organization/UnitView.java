package cn.renda.organization;

/** A handling unit as pages and the API show it; the phone is masked. */
public record UnitView(
        long id,
        String name,
        String shortName,
        UnitType type,
        Long streetId,
        String streetName,
        String address,
        String phone,
        boolean active) {}
