package org.jixiao.extract.figures.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Unit;

/**
 * Column roles from header text: phases (上年结转 … 执行率), score-sheet columns (分值, 得分,
 * 年度指标值 …), label columns (单位名称, 项目明细) and ordinals (序号). A column with the plain
 * budget label 预算数 is the initial budget when another column is the final one (调整后预算数),
 * else the final budget.
 */
final class HeaderReader {
    /** Marks a 合计 column: its scope is the table's (or the total). */
    static final String TOTAL_COLUMN = "=total";
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");

    private final Vocabulary vocabulary;
    private final TableUnits units;

    HeaderReader(Vocabulary vocabulary, TableUnits units) {
        this.vocabulary = vocabulary;
        this.units = units;
    }

    /** True when some cell of the row names a column role (a phase or a score-sheet column). */
    boolean namesColumns(List<String> cells) {
        // a row of scope names (合计 | 基本支出 | 项目支出) heads the columns of budget tables
        if (cells.stream().filter(c -> scopeColumn(Vocabulary.normalize(c)).isPresent()).count() >= 2) {
            return true;
        }
        for (String c : cells) {
            if (c.length() > 40) {
                continue;
            }
            if (vocabulary.match(Vocabulary.PHASE, c).isPresent() || isColumnWord(c)
                    || isStaffColumn(c)) {
                return true;
            }
        }
        return false;
    }

    /** Roles for each column from the header texts (several header rows already joined). */
    List<ColumnRole> roles(List<String> headers) {
        List<ColumnRole> out = new ArrayList<>();
        for (String h : headers) {
            out.add(role(h));
        }
        return adjustBudget(out);
    }

    private static List<ColumnRole> adjustBudget(List<ColumnRole> out) {
        boolean hasFinal = out.stream().anyMatch(r -> "budget-final".equals(r.phase()) && !isPlainBudget(r.header()));
        if (hasFinal) {
            for (int i = 0; i < out.size(); i++) {
                ColumnRole r = out.get(i);
                if ("budget-final".equals(r.phase()) && isPlainBudget(r.header())) {
                    out.set(i, new ColumnRole(r.kind(), r.header(), "budget-initial", r.period(), r.scope(), r.unit()));
                }
            }
        }
        return out;
    }

    /**
     * Roles when the header cells do not stand over the number columns, as in PDF-layout text where
     * a header line is split at other places than the numbers below it: the header's column phrases
     * in reading order are given to the number columns in order; other columns become labels.
     */
    List<ColumnRole> realign(List<List<String>> headerRows, List<Integer> numberColumns, int cols) {
        List<String> tokens = new ArrayList<>();
        for (List<String> row : headerRows) {
            String last = null;
            for (String cell : row) {
                if (cell.isBlank() || cell.equals(last)) {
                    continue;
                }
                last = cell;
                for (String t : cell.strip().split("[\\s\\u3000]+")) {
                    tokens.add(t);
                }
            }
        }
        List<ColumnRole> phrases = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            ColumnRole r = role(tokens.get(i));
            if (!isColumn(r) && i + 1 < tokens.size()) {
                // a phrase broken by the layout: 预算执行进 / 度(%)
                ColumnRole joined = role(tokens.get(i) + tokens.get(i + 1));
                if (isColumn(joined) && !isColumn(role(tokens.get(i + 1)))) {
                    r = joined;
                    i++;
                }
            }
            if (isColumn(r)) {
                phrases.add(r);
            }
        }
        List<ColumnRole> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            out.add(new ColumnRole(ColumnRole.Kind.LABEL, "", null, null, null, null));
        }
        for (int k = 0; k < Math.min(phrases.size(), numberColumns.size()); k++) {
            out.set(numberColumns.get(k), phrases.get(k));
        }
        return adjustBudget(out);
    }

    private static boolean isColumn(ColumnRole r) {
        return r.kind() == ColumnRole.Kind.VALUE || r.kind() == ColumnRole.Kind.INDICATOR;
    }

    private ColumnRole role(String header) {
        String norm = Vocabulary.normalize(header);
        if (norm.isEmpty()) {
            return ColumnRole.none(header);
        }
        Optional<String> column = columnWord(norm);
        Optional<Unit> unit = units.fromHeader(header);
        String period = year(norm);
        if (column.isPresent()) {
            switch (column.get()) {
                case "ordinal":
                    return new ColumnRole(ColumnRole.Kind.ORDINAL, header, null, null, null, null);
                case "subject-unit":
                    return new ColumnRole(ColumnRole.Kind.LABEL_UNIT, header, null, null, null, null);
                case "subject-item":
                    return new ColumnRole(ColumnRole.Kind.LABEL_ITEM, header, null, null, null, unit.orElse(null));
                case "note":
                    return new ColumnRole(ColumnRole.Kind.NOTE, header, null, null, null, null);
                default:
                    return new ColumnRole(ColumnRole.Kind.INDICATOR, header, null, null, column.get(), null);
            }
        }
        Optional<String> staff = vocabulary.match(Vocabulary.SCOPE, norm).filter(s -> s.startsWith("staff."));
        Optional<String> phase = vocabulary.match(Vocabulary.PHASE, norm);
        if (staff.isPresent() && phase.isEmpty()) {
            return new ColumnRole(ColumnRole.Kind.VALUE, header, null, period, staff.get(), unit.orElse(Unit.PERSON));
        }
        // by the header's last word: normalizing drops the spaces between joined header rows
        String[] words = header.strip().split("[\\s\\u3000]+");
        Optional<String> scope = scopeColumn(Vocabulary.normalize(words[words.length - 1]));
        if (phase.isPresent()) {
            Unit u = unit.orElse("rate".equals(phase.get()) ? Unit.PERCENT : null);
            return new ColumnRole(ColumnRole.Kind.VALUE, header, phase.get(), period, scope.orElse(null), u);
        }
        if (scope.isPresent() || norm.endsWith("金额")) {
            return new ColumnRole(ColumnRole.Kind.VALUE, header, null, period, scope.orElse(null), unit.orElse(null));
        }
        return new ColumnRole(ColumnRole.Kind.LABEL, header, null, period, null, unit.orElse(null));
    }

    /**
     * The money scope a column header names by its last word (支出预算 合计 → the table's total,
     * 基本支出, 因公出国（境）费): {@link #TOTAL_COLUMN} for 合计/小计/总计, or empty.
     */
    Optional<String> scopeColumn(String norm) {
        String[] words = norm.split(" ");
        String last = Vocabulary.normalize(words[words.length - 1]).replaceAll("\\(.*?\\)$", "");
        if (last.matches("合计|小计|总计")) {
            return Optional.of(TOTAL_COLUMN);
        }
        return vocabulary.bestHit(Vocabulary.SCOPE, last)
                .filter(h -> last.length() - (h.end() - h.start()) <= 2 && !h.canonical().startsWith("staff"))
                .map(Vocabulary.Hit::canonical);
    }

    private boolean isColumnWord(String c) {
        return columnWord(Vocabulary.normalize(c)).isPresent();
    }

    /** A column word when the header is mostly that word (项目, not 项目支出：). */
    private Optional<String> columnWord(String norm) {
        String bare = norm.replaceAll("\\(.*?\\)", "").replaceAll("[:：]$", "");
        return vocabulary.bestHit(Vocabulary.COLUMN, bare)
                .filter(h -> bare.length() - (h.end() - h.start()) <= 1)
                .map(Vocabulary.Hit::canonical);
    }

    private boolean isStaffColumn(String c) {
        String norm = Vocabulary.normalize(c);
        return norm.length() <= 14 && vocabulary.match(Vocabulary.SCOPE, norm).filter(s -> s.startsWith("staff.")).isPresent();
    }

    private static boolean isPlainBudget(String header) {
        String n = Vocabulary.normalize(header).replaceAll("\\(.*?\\)", "").replaceAll("20\\d\\d年", "");
        return n.equals("预算数") || n.equals("预算");
    }

    static String year(String text) {
        Matcher m = YEAR.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : null;
    }
}
