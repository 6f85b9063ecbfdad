package org.jixiao.extract.figures.score;

import java.util.Map;

/** A score sheet being read: its name, its header's columns, the levels in force, and whether 总分 ended it. */
final class SheetState {
    final String sheet;
    /** Column index by role (level1, level2, level3, target, achieved, weight, score, note). */
    final Map<String, Integer> columns;
    String level1;
    String level2;
    boolean closed;
    /** True on the department's own sheet (部门整体支出绩效自评表), whose rate indicators are the department's. */
    boolean department;
    /** Texts of a row without numbers, waiting for the row that carries its weight and score. */
    java.util.List<String> pending;

    SheetState(String sheet, Map<String, Integer> columns) {
        this.sheet = sheet;
        this.columns = columns;
    }
}
