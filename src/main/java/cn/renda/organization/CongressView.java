package cn.renda.organization;

/** A congress (tenant) as shown. */
public record CongressView(
        long id, String code, String name, String shortName, CongressLevel level, Long parentId, int term) {}
