package cn.renda.organization;

/** One problem of an imported spreadsheet: 1-based row number (as Excel shows it), column header, message key. */
public record RowProblem(int row, String column, String messageKey, Object... arguments) {}
