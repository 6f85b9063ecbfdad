package org.jixiao.check.table;

import java.util.regex.Pattern;

/** The role of a money-table column, read from its header (GLOSSARY.md phases). */
public enum ColumnRole {
    SERIAL, CODE, RATE, CARRYOVER_BEGIN, BUDGET_INITIAL, BUDGET_ADJUSTMENT, BUDGET_FINAL, ACTUAL, CARRYOVER_END,
    WEIGHT, SCORE, OTHER;

    private static final Pattern SERIAL_P = Pattern.compile("^(序号|编号|行次|栏次)$");
    /** Classification codes (功能分类科目编码 类/款/项): labels, not amounts. */
    private static final Pattern CODE_P = Pattern.compile("编码|代码|^(类|款|项)$|科目编号");
    private static final Pattern RATE_P = Pattern.compile("率|进度|%|％|比例|占比");
    private static final Pattern FINAL_P = Pattern.compile("全年预算|调整后预算|预算资金|全年预算数|预算总额");
    private static final Pattern BEGIN_P = Pattern.compile("上年结转|年初结转");
    private static final Pattern INITIAL_P = Pattern.compile("年初预算|预算批复|年初批复");
    private static final Pattern ADJUST_P = Pattern.compile("本年调整|年中调整|调整数|追加|调减");
    private static final Pattern END_P = Pattern.compile("结转结余|年末结转|结余结转");
    private static final Pattern ACTUAL_P = Pattern.compile("决算|执行数|实际支出|实际执行|累计执行|实际完成|全年执行|支出数");

    /** The role of a column whose header rows read {@code header} (spaces and line breaks removed). */
    public static ColumnRole of(String header) {
        String h = header == null ? "" : header.replaceAll("\\s+", "");
        if (SERIAL_P.matcher(h).find()) {
            return SERIAL;
        }
        if (CODE_P.matcher(h).find()) {
            return CODE;
        }
        if (h.contains("分值") || h.contains("权重")) {
            return WEIGHT;
        }
        if (h.contains("得分")) {
            return SCORE;
        }
        if (RATE_P.matcher(h).find()) {
            return RATE;
        }
        if (FINAL_P.matcher(h).find()) {
            return BUDGET_FINAL;
        }
        if (BEGIN_P.matcher(h).find()) {
            return CARRYOVER_BEGIN;
        }
        if (INITIAL_P.matcher(h).find()) {
            return BUDGET_INITIAL;
        }
        if (END_P.matcher(h).find()) {
            return CARRYOVER_END;
        }
        if (ADJUST_P.matcher(h).find()) {
            return BUDGET_ADJUSTMENT;
        }
        if (ACTUAL_P.matcher(h).find()) {
            return ACTUAL;
        }
        // "预算数" alone: the only budget column is the final budget.
        return h.contains("预算") ? BUDGET_FINAL : OTHER;
    }

    /** True for columns whose values may be summed down the rows. */
    public boolean additive() {
        return this != SERIAL && this != CODE && this != RATE && this != WEIGHT && this != SCORE;
    }
}
