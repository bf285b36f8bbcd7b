package cn.renda.organization;

import java.time.LocalDate;

/** A deputy: a person with their latest DEPUTY role and their groups; the phone is masked. */
public record DeputyView(
        long id,
        String name,
        Gender gender,
        String employer,
        String phone,
        DeputyLevel level,
        String constituency,
        Long streetId,
        String streetName,
        Integer term,
        LocalDate since,
        LocalDate until,
        boolean current,
        String groups) {}
