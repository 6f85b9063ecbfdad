package org.jixiao.extract.figures;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Table;
import org.jixiao.model.Unit;

/**
 * The unit a table prints once instead of in every cell: in its caption or unit line
 * (单位：万元, 金额单位：万元) or in a header cell (项目资金（万元）, 全年预算数(万元)).
 */
public final class TableUnits {
    private static final String SYMBOLS = "亿元|万元|元|万人次|人次|万人|人|%|％|件|家|个|分|户|平方米|㎡";
    private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[:：]\\s*(" + SYMBOLS + ")");
    /** 项目资金（万元）, and the unit after a qualifier: 项目总金额（中期规划，万元）. */
    private static final Pattern BRACKETED = Pattern.compile(
            "[（(](?:[^（()）]{0,12}[，,、/；;])?\\s*(" + SYMBOLS + ")\\s*[)）]");

    /** The unit stated by a "单位：…" line anywhere in {@code text}. */
    public Optional<Unit> fromUnitLine(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = UNIT_LINE.matcher(text.replace('\n', ' '));
        return m.find() ? Optional.of(NumberReader.unitOf(m.group(1).replace('％', '%'))) : Optional.empty();
    }

    /** The unit a header or label cell states in brackets: 项目资金（万元）, 批复规模（㎡）. */
    public Optional<Unit> fromHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String flat = text.replaceAll("\\s+", "");
        Matcher m = BRACKETED.matcher(flat);
        if (m.find()) {
            return Optional.of(NumberReader.unitOf(m.group(1).replace('％', '%')));
        }
        if (flat.contains("(%)") || flat.contains("（%）") || flat.endsWith("%")) {
            return Optional.of(Unit.PERCENT);
        }
        return fromUnitLine(flat);
    }

    /** The table-wide unit: unit line first, then the caption, then any cell that is a unit line. */
    public Optional<Unit> ofTable(Table table) {
        Optional<Unit> u = fromUnitLine(table.unitLine());
        if (u.isEmpty()) {
            u = fromUnitLine(table.caption());
        }
        if (u.isEmpty()) {
            for (var cell : table.cells()) {
                if (cell.row() > 3) {
                    break;
                }
                u = fromUnitLine(cell.text());
                if (u.isPresent()) {
                    break;
                }
            }
        }
        return u;
    }
}
