package org.jixiao.model;

/**
 * How extract decided what a fact means: the printed evidence for its scope, phase and period. A
 * fact is canonical (scope total, basic, sangong …) only when its scope basis names a standard
 * table kind, a header, a row label or a sentence cue that says so.
 *
 * @param scope  what decided the scope ("table-kind:sangong + row:合计", "row:基本支出", "cue:部门整体支出")
 * @param phase  what decided the phase ("header:全年预算数", "document:budget", "cue:预算执行率")
 * @param period what decided the period ("header:2023年决算数", "report-year", "cue:较上年")
 */
public record Basis(String scope, String phase, String period) {
}
