package org.jixiao.extract.figures.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Unit;

/**
 * The column roles in force while the rows of one table are read: consecutive header rows join
 * into one multi-row header; a later header row replaces it; a text-only row of several cells ends it.
 */
final class HeaderState {
    private static final Pattern CODE_LEVEL = Pattern.compile("[类款项目]");
    /** A cell that prints "nothing" (-, —, ／): a data row with no figures, not a text row. */
    private static final Pattern NOTHING = Pattern.compile("[-—–－/／\\s]+");
    List<ColumnRole> roles;
    Unit groupUnit;
    String groupScope;
    boolean lastWasHeader;
    /** False until the first data row below the current header has been checked against it. */
    boolean aligned = true;
    /** The raw header rows in force, for realignment. */
    final List<List<String>> headerRows = new ArrayList<>();
    private List<String> accumulated;

    ColumnRole role(int c) {
        return roles != null && c < roles.size() ? roles.get(c) : null;
    }

    void textRow(List<String> row, HeaderReader headers, TableUnits units, Vocabulary vocabulary) {
        List<String> distinct = new ArrayList<>();
        for (String s : row) {
            if (!s.isBlank() && !NOTHING.matcher(s).matches() && !distinct.contains(s.strip())) {
                distinct.add(s.strip());
            }
        }
        if (distinct.isEmpty()) {
            return;
        }
        if (headers.namesColumns(distinct)) {
            if (!lastWasHeader || accumulated == null) {
                headerRows.clear();
            }
            headerRows.add(List.copyOf(row));
            aligned = false;
            accumulated = lastWasHeader && accumulated != null ? join(accumulated, row) : new ArrayList<>(row);
            roles = headers.roles(accumulated);
            String first = distinct.get(0);
            boolean firstIsColumn = roles.stream().anyMatch(r -> r.kind() == ColumnRole.Kind.VALUE && r.header().contains(first));
            // a unit in the group's label cell holds until another header names one
            groupUnit = firstIsColumn ? groupUnit : units.fromHeader(first).orElse(groupUnit);
            groupScope = firstIsColumn ? null : vocabulary.match(Vocabulary.SCOPE, first).orElse(null);
            lastWasHeader = true;
            return;
        }
        if (lastWasHeader && distinct.stream().allMatch(s -> CODE_LEVEL.matcher(s).matches())) {
            // 类 | 款 | 项 under 科目编码: the code columns' second header row, not the end of the header
            return;
        }
        if (distinct.size() >= 2) {
            roles = null;
            groupScope = null;
            accumulated = null;
            headerRows.clear();
        }
        lastWasHeader = false;
    }

    private static List<String> join(List<String> upper, List<String> lower) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String a = c < upper.size() ? upper.get(c).strip() : "";
            String b = c < lower.size() ? lower.get(c).strip() : "";
            // a cell spanning header rows repeats its text in each: 合计 over 合计 stays 合计
            boolean same = a.equals(b) || a.endsWith(" " + b);
            out.add(same || b.isEmpty() ? a : a.isEmpty() ? b : a + " " + b);
        }
        return out;
    }
}
