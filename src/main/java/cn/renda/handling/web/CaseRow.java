package cn.renda.handling.web;

/**
 * A row of a case list with its texts resolved in Java (labels in the request's language, dates, link), so
 * the row template only prints values: per-row message look-ups and expression evaluation were most of a
 * list page's CPU (bench/README.md, "Pages as fast as the JSON").
 */
record CaseRow(
        long id,
        String href,
        String number,
        String title,
        boolean keyCase,
        String kindLabel,
        String stateLabel,
        String colourClass,
        String colourLabel,
        String clockLabel,
        String due,
        String created) {}
