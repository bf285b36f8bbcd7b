package cn.renda.handling;

/** One row of the three-colour board: open cases of a unit and kind by the colour of their most urgent clock. */
public record OverdueBoardRow(long unitId, String kind, long green, long yellow, long red) {}
