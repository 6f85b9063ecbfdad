package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.ColumnMeaning.Role;
import org.jixiao.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header rows and column meanings. Each column's header is read as a path down the header band
 * (“三公”经费 / 公务用车购置及运行维护费 / 小计), so a 小计 column is the subtotal of the group above it
 * and a top-level 合计 the table's total. Classification-code columns (功能科目编码, 类/款/项, or
 * values that are 3-, 5- or 7-digit codes beside a name) are labels, never figures.
 */
final class ColumnReader {
    /** Marks a column whose header says it is the table's total (合计 at the top of its path). */
    static final String TABLE_TOTAL = "=table-total";
    private static final Pattern CODE_VALUE = Pattern.compile("\\d{3}(\\d{2}){0,2}|\\d{2}");
    private static final Pattern CODE_HEADER = Pattern.compile("编码|代码|科目编号|^(类|款|项)$");
    private static final Pattern SERIAL_HEADER = Pattern.compile("^(序号|编号|行次|栏次|项次)$");
    private static final Pattern TOTAL_WORD = Pattern.compile("^(合计|小计|总计)$");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");
    private static final Pattern NOTHING = Pattern.compile("[\\s\\-—–－/／]*");

    private final Vocabulary vocabulary;
    private final TableUnits units;

    ColumnReader(Vocabulary vocabulary, TableUnits units) {
        this.vocabulary = vocabulary;
        this.units = units;
    }

    /** Columns holding classification codes, by header word or by their values. */
    boolean[] codeColumns(Slots s) {
        boolean[] out = new boolean[s.cols()];
        for (int c = 0; c < s.cols(); c++) {
            int codes = 0;
            int filled = 0;
            for (int r = 0; r < s.rows(); r++) {
                String t = s.origin(r, c) == null ? "" : s.text(r, c).strip();
                if (r < 4 && CODE_HEADER.matcher(Vocabulary.normalize(t)).find()) {
                    out[c] = true;
                }
                if (t.isEmpty() || NOTHING.matcher(t).matches()) {
                    continue;
                }
                filled++;
                if (CODE_VALUE.matcher(t).matches() && textRightOf(s, r, c)) {
                    codes++;
                }
            }
            boolean serial = SERIAL_HEADER.matcher(Vocabulary.normalize(s.text(0, c).strip())).matches();
            out[c] = !serial && (out[c] || (codes >= 2 && codes * 2 >= filled && longCodes(s, c)));
        }
        return out;
    }

    /** Classification codes have 3 digits at least somewhere in the column (类); row numbers do not. */
    private static boolean longCodes(Slots s, int c) {
        for (int r = 0; r < s.rows(); r++) {
            if (s.origin(r, c) != null && s.text(r, c).strip().matches("\\d{3,7}")) {
                return true;
            }
        }
        return false;
    }

    private static boolean textRightOf(Slots s, int r, int c) {
        for (int k = c + 1; k < s.cols(); k++) {
            String t = s.text(r, k).strip();
            if (!t.isEmpty() && s.number(r, k) == null && !CODE_VALUE.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when the row prints a figure outside code columns (a lone row number in column 0 does not count). */
    boolean isDataRow(Slots s, int r, boolean[] code) {
        int n = 0;
        boolean first = false;
        for (int c = 0; c < s.cols(); c++) {
            if (!code[c] && s.number(r, c) != null) {
                n++;
                first |= c == 0;
            }
        }
        boolean serialOnly = first && n == 1 && s.text(r, 0).strip().matches("\\d{1,3}");
        return n > 0 && !serialOnly;
    }

    /** The header path of column {@code c}: the distinct texts down the header rows. */
    static List<String> path(Slots s, List<Integer> headerRows, int c) {
        List<String> out = new ArrayList<>();
        for (int r : headerRows) {
            String t = s.text(r, c).strip();
            if (!t.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(t))) {
                out.add(t);
            }
        }
        return out;
    }

    List<ColumnMeaning> read(Slots s, List<Integer> band, boolean[] code, List<Integer> dataRows) {
        List<ColumnMeaning> out = new ArrayList<>();
        int panel = 0;
        boolean valueSeen = false;
        for (int c = 0; c < s.cols(); c++) {
            List<String> path = path(s, band, c);
            Role role = role(s, path, code[c], c, dataRows);
            if ((role == Role.LABEL || role == Role.CODE) && valueSeen) {
                panel++;
                valueSeen = false;
            }
            valueSeen |= role == Role.VALUE;
            out.add(meaning(c, path, role, panel));
        }
        return adjustBudget(out);
    }

    private Role role(Slots s, List<String> path, boolean code, int c, List<Integer> dataRows) {
        String joined = Vocabulary.normalize(String.join("", path));
        if (code) {
            return Role.CODE;
        }
        if (SERIAL_HEADER.matcher(joined).matches()) {
            return Role.SERIAL;
        }
        String last = path.isEmpty() ? "" : Vocabulary.normalize(path.get(path.size() - 1)).replaceAll("\\(.*?\\)", "");
        Optional<Vocabulary.Hit> word = vocabulary.bestHit(Vocabulary.COLUMN, last)
                .filter(h -> last.length() - (h.end() - h.start()) <= 1);
        if (word.isPresent()) {
            switch (word.get().canonical()) {
                case "ordinal":
                    return Role.SERIAL;
                case "subject-unit":
                case "subject-item":
                    return Role.LABEL;
                case "note":
                    return Role.NOTE;
                default:
                    return Role.INDICATOR;
            }
        }
        int numbers = 0;
        int texts = 0;
        for (int r : dataRows) {
            if (s.origin(r, c) == null) {
                continue;
            }
            String t = s.text(r, c).strip();
            if (t.isEmpty() || NOTHING.matcher(t).matches()) {
                continue;
            }
            if (s.number(r, c) != null) {
                numbers++;
            } else {
                texts++;
            }
        }
        if (numbers + texts == 0) {
            return vocabulary.match(Vocabulary.PHASE, joined).isPresent() || scopeOf(path).isPresent()
                    || joined.endsWith("金额") ? Role.VALUE : Role.LABEL;
        }
        return numbers >= texts ? Role.VALUE : Role.LABEL;
    }

    private ColumnMeaning meaning(int c, List<String> path, Role role, int panel) {
        String header = String.join(" ", path);
        if (role != Role.VALUE) {
            return new ColumnMeaning(c, header, role, null, null, null, null, null, panel, null);
        }
        String joined = Vocabulary.normalize(String.join("", path));
        String phase = vocabulary.match(Vocabulary.PHASE, joined).orElse(null);
        Matcher m = YEAR.matcher(header);
        String period = m.find() ? m.group(1) : null;
        Unit unit = units.fromHeader(header).orElse("rate".equals(phase) ? Unit.PERCENT : null);
        String scope = scopeOf(path).orElse(null);
        String measure = "rate".equals(phase) || unit == Unit.PERCENT ? "rate"
                : scope != null && scope.startsWith("staff") ? "count" : "amount";
        return new ColumnMeaning(c, header, role, measure, phase, period, unit, scope, panel,
                scope == null ? source(header) : null);
    }

    /**
     * The scope a header path names: its deepest element that names one; a 小计/合计 names its
     * parent's scope, and a 合计 at the top the table's total ({@link #TABLE_TOTAL}). Header words
     * never make a figure the department total by themselves (一般公共预算 is a source of funds).
     */
    Optional<String> scopeOf(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String e = Vocabulary.normalize(path.get(i)).replaceAll("\\(.*?\\)$", "");
            if (TOTAL_WORD.matcher(e).matches()) {
                if (i == 0) {
                    return Optional.of(TABLE_TOTAL);
                }
                continue;
            }
            String named = withoutYearAndPhase(e);
            Optional<String> s = vocabulary.bestHit(Vocabulary.SCOPE, named)
                    .filter(h -> named.length() - (h.end() - h.start()) <= 2)
                    .map(Vocabulary.Hit::canonical)
                    .filter(x -> !x.equals("total") && !x.equals("income") && !x.equals("expense"));
            if (s.isPresent()) {
                return s;
            }
            if (i > 0 && e.length() <= 5) {
                Optional<String> parent = scopeOf(path.subList(0, i));
                Optional<String> part = parent.flatMap(ps -> vocabulary.subscope(ps, e));
                if (part.isPresent()) {
                    return part;
                }
            }
        }
        return Optional.empty();
    }

    /** "2024年机关运行经费预算数" names 机关运行经费: the year before and the phase after say when and which figure. */
    private String withoutYearAndPhase(String e) {
        String rest = e.replaceAll("^20\\d\\d年度?", "");
        Optional<Vocabulary.Hit> phase = vocabulary.bestHit(Vocabulary.PHASE, rest);
        if (phase.isPresent() && phase.get().end() == rest.length() && phase.get().start() > 0) {
            rest = rest.substring(0, phase.get().start());
        }
        return rest;
    }

    /**
     * The source of funds or other restriction a value column's header names beyond its phase
     * (财政拨款收入, 事业收入, 一般公共预算), or null when the header is only a phase, a year, a unit or 金额.
     */
    String source(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.trim().split(" ");
        String last = Vocabulary.normalize(parts[parts.length - 1]).replaceAll("\\(.*?\\)", "")
                .replaceAll("20\\d\\d年(度)?", "");
        Optional<Vocabulary.Hit> phase = vocabulary.bestHit(Vocabulary.PHASE, last);
        String rest = phase.map(h -> last.substring(0, h.start()) + last.substring(h.end())).orElse(last)
                .replaceAll("^(本年|上年|当年|全年)", "").replaceAll("(数|金额|资金)$", "");
        if (rest.length() <= 1 || TOTAL_WORD.matcher(rest).matches() || rest.matches("金额|预算|决算|收入预算|支出预算|项目")
                || vocabulary.match(Vocabulary.SCOPE, rest).isPresent()) {
            return null;
        }
        return rest;
    }

    /** 预算数 beside an explicitly final budget (调整后预算数, 全年预算) is the initial budget. */
    private static List<ColumnMeaning> adjustBudget(List<ColumnMeaning> cols) {
        boolean explicitFinal = cols.stream().anyMatch(c -> "budget-final".equals(c.phase()) && !plainBudget(c.header()));
        if (!explicitFinal) {
            return cols;
        }
        List<ColumnMeaning> out = new ArrayList<>();
        for (ColumnMeaning c : cols) {
            out.add("budget-final".equals(c.phase()) && plainBudget(c.header())
                    ? new ColumnMeaning(c.col(), c.header(), c.role(), c.measure(), "budget-initial", c.period(), c.unit(),
                    c.scope(), c.panel(), c.qualifier())
                    : c);
        }
        return out;
    }

    private static boolean plainBudget(String header) {
        String n = Vocabulary.normalize(header).replaceAll("\\(.*?\\)", "").replaceAll("20\\d\\d年", "");
        return n.equals("预算数") || n.equals("预算");
    }
}
