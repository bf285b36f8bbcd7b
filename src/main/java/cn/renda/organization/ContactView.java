package cn.renda.organization;

import java.time.LocalDate;

/** One entry of the contact log: a person contacted a linked deputy (counterpart) or voters. */
public record ContactView(
        long id,
        long personId,
        String personName,
        Long counterpartId,
        String counterpartName,
        String voters,
        LocalDate date,
        ContactChannel channel,
        String summary) {}
