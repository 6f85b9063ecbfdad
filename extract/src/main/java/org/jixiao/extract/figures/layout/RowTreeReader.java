package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.ColumnMeaning.Role;
import org.jixiao.model.RowNode;
import org.jixiao.model.RowNode.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The row tree of each panel of a table. Levels come from classification codes where the panel
 * prints them (类 3 digits, 款 5, 项 7; 经济分类 3 and 5), else from the numbering styles of the
 * labels in the order they first appear (一、 before （一） before 1、 …, as printed, not a fixed
 * table), else the rows are one flat list. 其中/含/包括 rows, and the unnumbered rows that follow
 * them, are WHEREOF parts of the row above, never addends of its siblings.
 */
final class RowTreeReader {
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|总合计|收支总计|收入总计|支出总计|收入合计|支出合计)$");
    private static final Pattern SUBTOTAL = Pattern.compile("^(小计|.{1,10}合计|.{1,10}小计)$");
    private static final Pattern WHEREOF = Pattern.compile("^\\s*(其中|含|包括)\\s*[:：]?");
    private static final Pattern LEADING_CODE = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})\\s+(.*)$");
    private static final Pattern[] STYLES = {
            Pattern.compile("^[一二三四五六七八九十]+[、.．]"),
            Pattern.compile("^[（(][一二三四五六七八九十]+[)）]"),
            Pattern.compile("^\\d{1,2}[、.．](?!\\d)"),
            Pattern.compile("^[（(]\\d{1,2}[)）]"),
            Pattern.compile("^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")};
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．](?!\\d)|[①-⑳]|其中[:：]?|含[:：]|包括[:：]?|\\s)+");

    /** One row of one panel before levels are known. */
    private record Raw(int row, String label, String code, int style, boolean whereof, boolean values) {
    }

    List<RowNode> read(Slots s, List<ColumnMeaning> cols, List<Integer> headerRows) {
        Map<Integer, List<ColumnMeaning>> panels = new LinkedHashMap<>();
        cols.forEach(c -> panels.computeIfAbsent(c.panel(), k -> new ArrayList<>()).add(c));
        List<RowNode> out = new ArrayList<>();
        for (var e : panels.entrySet()) {
            if (e.getValue().stream().anyMatch(ColumnMeaning::isValue)) {
                out.addAll(panel(s, e.getKey(), e.getValue(), headerRows));
            }
        }
        return out;
    }

    private List<RowNode> panel(Slots s, int panel, List<ColumnMeaning> cols, List<Integer> headerRows) {
        List<Raw> raws = new ArrayList<>();
        for (int r = 0; r < s.rows(); r++) {
            if (headerRows.contains(r)) {
                continue;
            }
            Raw raw = raw(s, r, cols);
            if (raw != null) {
                raws.add(raw);
            }
        }
        boolean coded = raws.stream().filter(x -> x.code() != null).count() >= 2;
        List<Integer> styleOrder = new ArrayList<>();
        raws.forEach(x -> {
            if (x.style() >= 0 && !styleOrder.contains(x.style())) {
                styleOrder.add(x.style());
            }
        });
        List<RowNode> nodes = new ArrayList<>();
        boolean inWhereof = false;
        for (Raw x : raws) {
            String bare = bare(x.label());
            Kind kind;
            if (TOTAL.matcher(bare).matches() && x.style() < 0) {
                kind = Kind.TOTAL; // a numbered 二、收入合计 is one part of a statement, not its total
            } else if (TOTAL.matcher(bare).matches()) {
                kind = Kind.SUBTOTAL;
            } else if (SUBTOTAL.matcher(bare).matches() || bare.endsWith("小计")) {
                kind = Kind.SUBTOTAL;
            } else if (x.whereof() || (inWhereof && x.style() < 0 && x.code() == null)) {
                kind = Kind.WHEREOF;
            } else if (!x.values() && x.label().isEmpty() && x.code() == null) {
                kind = Kind.TEXT;
            } else {
                kind = Kind.ITEM;
            }
            inWhereof = kind == Kind.WHEREOF;
            nodes.add(node(x, kind, panel, coded, styleOrder, nodes));
        }
        return groups(demoteSecondTotal(nodes));
    }

    /**
     * Rows printed under a group cell that spans them (一般公共预算资金 | 小计 / 公共财政拨款资金 / 专项收入):
     * the items of the group are the children of its 小计 row.
     */
    private static List<RowNode> groups(List<RowNode> nodes) {
        List<RowNode> out = new ArrayList<>(nodes);
        for (RowNode sub : nodes) {
            int space = sub.label().lastIndexOf(' ');
            if (sub.kind() != Kind.SUBTOTAL || space <= 0) {
                continue;
            }
            String group = sub.label().substring(0, space + 1);
            for (int i = 0; i < out.size(); i++) {
                RowNode n = out.get(i);
                if (n.kind() == Kind.ITEM && n.label().startsWith(group) && n.code() == null) {
                    out.set(i, new RowNode(n.row(), n.panel(), n.label(), n.kind(), sub.row(), null, 2, n.scope(),
                            "group:" + group.strip()));
                }
            }
        }
        return out;
    }

    private static RowNode node(Raw x, Kind kind, int panel, boolean coded, List<Integer> styles, List<RowNode> before) {
        if (kind == Kind.TOTAL) {
            return new RowNode(x.row(), panel, x.label(), kind, -1, x.code(), 0, null, "label:" + bare(x.label()));
        }
        if (kind == Kind.WHEREOF) {
            RowNode p = lastOf(before, n -> n.kind() == Kind.ITEM || n.kind() == Kind.SUBTOTAL);
            return new RowNode(x.row(), panel, x.label(), kind, p == null ? -1 : p.row(), x.code(),
                    p == null ? 1 : p.level() + 1, null, "prefix:其中");
        }
        int level;
        String basis;
        if (coded && x.code() != null) {
            // the parent is the nearest row above whose code begins this one's (301 → 30101; also 301 → "3012",
            // a code printed without its leading zero)
            RowNode parent = lastOf(before, n -> n.code() != null && n.code().length() < x.code().length()
                    && x.code().startsWith(n.code()) && n.kind() != Kind.TOTAL);
            int len = x.code().length();
            int top = before.stream().filter(n -> n.code() != null).mapToInt(n -> n.code().length()).min().orElse(len);
            String orphan = parent == null && len > top ? " (orphan: no row above begins its code)" : "";
            return new RowNode(x.row(), panel, x.label(), kind, parent == null ? -1 : parent.row(), x.code(),
                    parent == null ? 1 : parent.level() + 1, null,
                    "code:" + len + " digits" + (len == 3 || len == 5 || len == 7 ? "" : " (malformed)") + orphan);
        } else if (coded) {
            level = 1;
            basis = "uncoded row in a coded table";
        } else if (x.style() >= 0) {
            level = styles.indexOf(x.style()) + 1;
            basis = "numbering:" + x.label().substring(0, Math.min(3, x.label().length()));
        } else if (styles.isEmpty()) {
            level = 1;
            basis = "flat";
        } else {
            RowNode p = lastOf(before, n -> n.kind() == Kind.ITEM && !n.basis().startsWith("unnumbered"));
            level = p == null ? 1 : p.level() + 1;
            basis = "unnumbered";
        }
        final int lv = level;
        RowNode parent = lastOf(before, n -> (n.kind() == Kind.ITEM || n.kind() == Kind.SUBTOTAL) && n.level() < lv
                && n.level() > 0);
        if (coded && x.code() != null && parent != null && (parent.code() == null || !x.code().startsWith(parent.code()))) {
            parent = null;
        }
        return new RowNode(x.row(), panel, x.label(), kind, parent == null ? -1 : parent.row(), x.code(), level, null, basis);
    }

    /** A panel with 收入合计 and 收入总计: the 合计 is a subtotal of the 总计. */
    private static List<RowNode> demoteSecondTotal(List<RowNode> nodes) {
        boolean hasGrand = nodes.stream().anyMatch(n -> n.kind() == Kind.TOTAL && bare(n.label()).contains("总计"));
        if (!hasGrand) {
            return nodes;
        }
        List<RowNode> out = new ArrayList<>();
        for (RowNode n : nodes) {
            out.add(n.kind() == Kind.TOTAL && !bare(n.label()).contains("总计")
                    ? new RowNode(n.row(), n.panel(), n.label(), Kind.SUBTOTAL, n.parent(), n.code(), 1, n.scope(),
                    n.basis() + "; below a 总计") : n);
        }
        return out;
    }

    private static int codeLevel(String code) {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            default -> 3;
        };
    }

    private static RowNode lastOf(List<RowNode> nodes, java.util.function.Predicate<RowNode> p) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (p.test(nodes.get(i))) {
                return nodes.get(i);
            }
        }
        return null;
    }

    private static Raw raw(Slots s, int r, List<ColumnMeaning> cols) {
        StringBuilder label = new StringBuilder();
        StringBuilder code = new StringBuilder();
        boolean values = false;
        String last = null;
        for (ColumnMeaning c : cols) {
            String t = s.text(r, c.col()).strip();
            if (c.role() == Role.CODE) {
                code.append(t.replaceAll("\\D", ""));
            } else if ((c.role() == Role.LABEL || (c.role() == Role.SERIAL && !t.matches("[\\d.、]*")))
                    && !t.isEmpty() && !t.equals(last)) {
                // a 合计 printed in the 序号 column labels its row
                label.append(label.length() > 0 ? " " : "").append(t);
                last = t;
            } else if (c.isValue() && s.number(r, c.col()) != null) {
                values = true;
            }
        }
        String l = label.toString().strip();
        String cd = code.length() == 0 ? null : code.toString();
        Matcher m = LEADING_CODE.matcher(l);
        if (cd == null && m.matches()) {
            cd = m.group(1);
            l = m.group(2).strip();
        }
        if (l.isEmpty() && cd == null && !values) {
            return null;
        }
        int style = -1;
        for (int i = 0; i < STYLES.length; i++) {
            if (STYLES[i].matcher(l).find()) {
                style = i;
                break;
            }
        }
        return new Raw(r, l, cd, style, WHEREOF.matcher(l).find(), values);
    }

    /** A label without its list number or 其中 marker, spaces and quotes removed. */
    static String bare(String label) {
        return Vocabulary.normalize(NUMBERING.matcher(label == null ? "" : label.strip()).replaceFirst(""))
                .replaceAll("[:：]$", "");
    }
}
