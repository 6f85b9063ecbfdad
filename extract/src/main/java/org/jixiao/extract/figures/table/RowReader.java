package org.jixiao.extract.figures.table;

import java.util.regex.Pattern;

import org.jixiao.extract.figures.Vocabulary;

/**
 * Row roles from row labels: a budget unit, a project line, a subtotal or 合计, a named scope
 * (三公经费, 其中：公车购置 …) or a fund item (一、期初余额, 1.基本养老保险费收入).
 */
final class RowReader {
    /** Leading list numbers and 其中 markers: 一、 （二） 1. 1、 （1） 其中： */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[、.．]|其中[:：]?|\\s)+");
    private static final Pattern TOTAL = Pattern.compile("^(合\\s*计|总\\s*计|小\\s*计|总\\s*分)[:：]?$");

    private final Vocabulary vocabulary;

    RowReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The fund measure of a row label. A label that only ends in a generic word (基本医疗保险费支出 →
     * 支出) is a named part, not the total: its measure keeps its name, so that two parts never look
     * like one figure printed twice.
     */
    String fundMeasure(String flat) {
        if (flat.isEmpty()) {
            return null;
        }
        var hit = vocabulary.bestHit(Vocabulary.FUND_MEASURE, flat);
        if (hit.isEmpty()) {
            return "fund-item:" + flat;
        }
        String canonical = hit.get().canonical();
        boolean generic = !canonical.contains(".") && flat.length() > hit.get().synonym().length() + 1
                && !flat.contains("合计") && !flat.contains("总计");
        return generic ? canonical + ".part:" + flat : canonical;
    }

    /** The label without its list number or 其中 marker. */
    static String bare(String label) {
        return NUMBERING.matcher(label.strip()).replaceFirst("").replaceAll("[:：]$", "").strip();
    }

    /**
     * @param label      the printed row label
     * @param labelKind  LABEL_UNIT / LABEL_ITEM when the label column says what rows are, else LABEL
     * @param tableScope the scope the caption gives the whole table (basic for 基本支出资金明细表), or null
     * @param fund       the fund of a fund statement (pension-enterprise …), or null
     */
    RowRole read(String label, ColumnRole.Kind labelKind, String tableScope, String fund) {
        String bare = bare(label);
        String flat = Vocabulary.normalize(bare);
        boolean total = TOTAL.matcher(flat).matches() || flat.equals("合计") || flat.equals("总计");
        if (fund != null) {
            return new RowRole(label, "fund:" + fund, fundMeasure(flat), bare.isEmpty() ? null : bare, total);
        }
        if (total) {
            return new RowRole(label, tableScope != null ? tableScope : "total", null, flat, true);
        }
        if (flat.isEmpty()) {
            return new RowRole(label, null, null, null, false);
        }
        if (labelKind == ColumnRole.Kind.LABEL_UNIT) {
            return new RowRole(label, "unit:" + flat, null, bare, false);
        }
        var scope = vocabulary.match(Vocabulary.SCOPE, flat);
        if (scope.isPresent() && labelKind != ColumnRole.Kind.LABEL_ITEM) {
            // "the total" of a table about one subject (a project sheet) is that subject's total
            String s = "total".equals(scope.get()) && tableScope != null ? tableScope : scope.get();
            return new RowRole(label, s, null, bare, false);
        }
        return new RowRole(label, "item:" + flat, null, bare, false);
    }
}
