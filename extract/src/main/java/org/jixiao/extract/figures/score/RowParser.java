package org.jixiao.extract.figures.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.model.Cell;
import org.jixiao.model.Indicator;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

/** One score-sheet row to an indicator, by header columns or by the row's own order. */
final class RowParser {
    private static final Pattern LEVEL2 = Pattern.compile(
            "(数量指标|质量指标|时效指标|成本指标|社会效益指标|经济效益指标|生态效益指标|可持续影响指\\s*标|服务对象满\\s*意度指标)");
    private static final Pattern LEVEL1 = Pattern.compile(
            "(产出指标|效益指标|满意度\\s*指标|产出效益)\\s*([（(]\\s*\\d+\\s*分\\s*[)）])?");
    private static final Pattern SHEET_WORDS = Pattern.compile(
            "年度总体目标|预期目标|实际完成情况|绩效指标|偏差原因分析及改进措施|一级指标|二级指标|三级指标");
    private static final BigDecimal MAX_POINTS = new BigDecimal("100");

    private final NumberReader numbers;

    RowParser(NumberReader numbers) {
        this.numbers = numbers;
    }

    Map<String, Integer> columns(List<Cell> header) {
        Map<String, Integer> out = new HashMap<>();
        for (Cell c : header) {
            String s = c.text().replaceAll("\\s+", "");
            String role = switch (s) {
                case "一级指标" -> "level1";
                case "二级指标" -> "level2";
                case "三级指标" -> "level3";
                case "年度指标值", "指标值", "目标值" -> "target";
                case "实际完成值", "完成值" -> "achieved";
                case "分值" -> "weight";
                case "得分" -> "score";
                default -> s.startsWith("偏差原因") ? "note" : null;
            };
            if (role != null) {
                out.putIfAbsent(role, c.col());
            }
        }
        return out;
    }

    Optional<Indicator> indicator(List<Cell> row, SheetState st, String reportId, Table t) {
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<Indicator> byHeader = byHeader(row, st, reportId, t);
        return byHeader.isPresent() ? byHeader : byOrder(row, st, reportId, t);
    }

    private Optional<Indicator> byHeader(List<Cell> row, SheetState st, String reportId, Table t) {
        Integer w = st.columns.get("weight");
        Integer s = st.columns.get("score");
        Integer name = st.columns.get("level3");
        if (w == null || s == null || name == null) {
            return Optional.empty();
        }
        Optional<Quantity> weight = numberAt(row, w);
        Optional<Quantity> score = numberAt(row, s);
        String level3 = textAt(row, name);
        if (weight.isEmpty() || score.isEmpty() || level3.isEmpty() || level3.equals("不适用")
                || numbers.readCell(level3, Unit.NONE).isPresent() || level3.startsWith("≥") || level3.startsWith("≤")) {
            // a level cell spanning down (产出指标) still sets the level for the rows below
            setLevels(row, st);
            return Optional.empty();
        }
        setLevels(row, st);
        return Optional.of(new Indicator(st.sheet, st.level1, st.level2, level3,
                emptyToNull(textAt(row, st.columns.getOrDefault("target", -1))),
                emptyToNull(textAt(row, st.columns.getOrDefault("achieved", -1))),
                weight.get(), score.get(), emptyToNull(textAt(row, st.columns.getOrDefault("note", -1))),
                provenance(row.get(0), reportId, t)));
    }

    private static void setLevels(List<Cell> row, SheetState st) {
        String l1 = textAt(row, st.columns.getOrDefault("level1", -1));
        String l2 = textAt(row, st.columns.getOrDefault("level2", -1));
        if (isLevel(l1)) {
            st.level1 = l1;
        }
        if (isLevel(l2)) {
            st.level2 = l2;
        }
    }

    private static boolean isLevel(String s) {
        return !s.isEmpty() && s.length() <= 16 && s.replaceAll("[（(].*", "").endsWith("指标");
    }

    /** PDF-layout rows: the last two plain numbers are weight and score; texts before are name, target, actual. */
    private Optional<Indicator> byOrder(List<Cell> row, SheetState st, String reportId, Table t) {
        List<String> texts = new ArrayList<>();
        for (Cell c : row) {
            String s = levels(c.text(), st);
            if (!s.isBlank()) {
                texts.add(s.strip());
            }
        }
        int n = texts.size();
        Optional<Quantity> weight = n >= 3 ? points(texts.get(n - 2)) : Optional.empty();
        Optional<Quantity> score = n >= 3 ? points(texts.get(n - 1)) : Optional.empty();
        if (weight.isEmpty() || score.isEmpty()) {
            // a wrapped indicator whose numbers come on the next line: remember its name and target
            st.pending = texts.isEmpty() || texts.size() > 2 ? null : List.copyOf(texts);
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(texts.subList(0, n - 2));
        if (parts.size() < 3 && st.pending != null) {
            List<String> merged = new ArrayList<>(st.pending);
            merged.add(String.join(" ", parts));
            parts = merged.size() >= 3 ? merged : List.of(merged.get(0), "", merged.get(merged.size() - 1));
        }
        st.pending = null;
        if (parts.size() == 1) {
            String[] tokens = parts.get(0).split("\\s+");
            if (tokens.length >= 3) {
                parts = new ArrayList<>(List.of(
                        String.join(" ", List.of(tokens).subList(0, tokens.length - 2)),
                        tokens[tokens.length - 2], tokens[tokens.length - 1]));
            }
        }
        String name = parts.get(0);
        String target = parts.size() >= 3 && !parts.get(1).isEmpty() ? parts.get(1) : null;
        String actual = parts.size() >= 3 ? String.join(" ", parts.subList(2, parts.size()))
                : parts.size() == 2 ? parts.get(1) : null;
        return Optional.of(new Indicator(st.sheet, st.level1, st.level2, name, target, actual, weight.get(),
                score.get(), null, provenance(row.get(0), reportId, t)));
    }

    /** Takes level words out of a cell, recording them as the levels in force. */
    private static String levels(String text, SheetState st) {
        String s = SHEET_WORDS.matcher(text).replaceAll(" ");
        Matcher m2 = LEVEL2.matcher(s);
        String rest = s;
        Matcher m1 = LEVEL1.matcher(s.replaceAll(LEVEL2.pattern(), " "));
        if (m1.find()) {
            st.level1 = m1.group(1).replaceAll("\\s+", "");
            st.level2 = null;
            rest = rest.replace(m1.group(), " ");
        }
        if (m2.find()) {
            st.level2 = m2.group(1).replaceAll("\\s+", "");
            rest = rest.replace(m2.group(), " ");
        }
        return rest;
    }

    /** A plain number of points (no unit, at most 100): a weight or a score. */
    private Optional<Quantity> points(String text) {
        Optional<Quantity> q = numbers.readCell(text, Unit.POINT);
        return q.filter(x -> x.unit() == Unit.POINT && x.value().signum() >= 0 && x.value().compareTo(MAX_POINTS) <= 0);
    }

    Optional<Quantity> numberAt(List<Cell> row, int col) {
        for (Cell c : row) {
            if (c.col() == col) {
                return points(c.text());
            }
        }
        return Optional.empty();
    }

    private static String textAt(List<Cell> row, int col) {
        for (Cell c : row) {
            if (c.col() == col) {
                return c.text().strip();
            }
        }
        return "";
    }

    static String firstText(List<Cell> row) {
        for (Cell c : row) {
            if (!c.text().isBlank()) {
                return c.text().strip();
            }
        }
        return "";
    }

    static Provenance provenance(Cell c, String reportId, Table t) {
        if (c.provenance() != null) {
            return c.provenance().reportId() == null ? c.provenance().withReportId(reportId) : c.provenance();
        }
        return Provenance.ofCell(reportId, t.id(), c.row(), c.col(), null, t.method());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
