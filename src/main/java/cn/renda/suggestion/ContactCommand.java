package cn.renda.suggestion;

import java.time.LocalDate;

/** Command: record a contact with the deputy (unit users act for their own unit; staff name one). */
public record ContactCommand(Long unitId, LocalDate date, ContactWay way, String agreed) {}
