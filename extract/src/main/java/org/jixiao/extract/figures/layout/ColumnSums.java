package org.jixiao.extract.figures.layout;

import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.RowNode;
import org.jixiao.model.TableLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sums across the columns of a row, from the header tree: a top-level 合计 column is the sum of the
 * other top-level groups, and a group's 小计 column the sum of the group's other members (“三公”经费
 * 小计 = 因公出国（境）费 + 公务用车 小计 + 公务接待费). A group without a 小计 column counts as the sum of
 * its members. Only columns of the same phase and period as the total take part.
 */
final class ColumnSums {
    static final String RULE = "table.row-sum";
    private static final String TOTAL_WORDS = "合计|小计|总计";

    void build(Terms terms, TableLayout layout, Consumer<Relation> out) {
        for (int panel : RowSums.panels(layout)) {
            List<ColumnMeaning> cols = layout.columns().stream()
                    .filter(c -> c.panel() == panel && Terms.isMoney(c) && !c.header().isBlank()).toList();
            if (cols.size() < 3) {
                continue;
            }
            List<RowNode> rows = layout.rows().stream()
                    .filter(n -> n.panel() == panel && n.kind() != RowNode.Kind.TEXT).toList();
            group(terms, cols, List.of(), rows, out);
        }
    }

    /** Relations for the group of columns under header prefix {@code prefix}, then for its subgroups. */
    private void group(Terms terms, List<ColumnMeaning> cols, List<String> prefix, List<RowNode> rows,
                       Consumer<Relation> out) {
        Map<String, List<ColumnMeaning>> children = new LinkedHashMap<>();
        for (ColumnMeaning c : cols) {
            List<String> p = path(c);
            if (p.size() > prefix.size() && p.subList(0, prefix.size()).equals(prefix)) {
                children.computeIfAbsent(p.get(prefix.size()), k -> new ArrayList<>()).add(c);
            }
        }
        ColumnMeaning total = null;
        for (var e : children.entrySet()) {
            if (e.getKey().matches(TOTAL_WORDS) && e.getValue().size() == 1 && path(e.getValue().get(0)).size() == prefix.size() + 1) {
                total = e.getValue().get(0);
            }
        }
        if (total != null && children.size() >= 3) {
            List<ColumnMeaning> parts = new ArrayList<>();
            for (var e : children.entrySet()) {
                if (!e.getValue().contains(total)) {
                    parts.addAll(representatives(e.getValue(), append(prefix, e.getKey())));
                }
            }
            final ColumnMeaning t = total;
            parts.removeIf(c -> !Objects.equals(c.phase(), t.phase()) || !Objects.equals(c.period(), t.period()));
            if (parts.size() >= 2) {
                rows(terms, total, parts, rows, out);
            }
        }
        for (var e : children.entrySet()) {
            if (e.getValue().size() > 1) {
                group(terms, e.getValue(), append(prefix, e.getKey()), rows, out);
            }
        }
    }

    /** A group stands in a sum by its 小计 column, else by each of its members. */
    private static List<ColumnMeaning> representatives(List<ColumnMeaning> group, List<String> prefix) {
        if (group.size() == 1) {
            return group;
        }
        for (ColumnMeaning c : group) {
            List<String> p = path(c);
            if (p.size() == prefix.size() + 1 && p.get(prefix.size()).matches(TOTAL_WORDS)) {
                return List.of(c);
            }
        }
        List<ColumnMeaning> out = new ArrayList<>();
        Map<String, List<ColumnMeaning>> sub = new LinkedHashMap<>();
        for (ColumnMeaning c : group) {
            List<String> p = path(c);
            if (p.size() > prefix.size()) {
                sub.computeIfAbsent(p.get(prefix.size()), k -> new ArrayList<>()).add(c);
            }
        }
        sub.forEach((k, v) -> out.addAll(representatives(v, append(prefix, k))));
        return out;
    }

    private static void rows(Terms terms, ColumnMeaning total, List<ColumnMeaning> parts, List<RowNode> rows,
                             Consumer<Relation> out) {
        for (RowNode n : rows) {
            RelationTerm result = terms.at(n, total, "total", 1);
            List<RelationTerm> ts = new ArrayList<>();
            if (parts.stream().anyMatch(c -> !terms.readable(n, c))) {
                continue;
            }
            for (ColumnMeaning c : parts) {
                RelationTerm t = terms.at(n, c, "part", 1);
                if (t != null) {
                    ts.add(t);
                }
            }
            if (result != null && !ts.isEmpty()) {
                out.accept(new Relation(null, RULE, result, List.of(new Reading("columns under the header", ts, List.of())),
                        "layout", terms.caption() + " " + n.label() + "行「" + total.header() + "」列与各列之和"));
            }
        }
    }

    private static List<String> path(ColumnMeaning c) {
        return Arrays.stream(c.header().trim().split(" ")).map(s -> s.replaceAll("[\\s“”\"]", "")).toList();
    }

    private static List<String> append(List<String> prefix, String e) {
        List<String> out = new ArrayList<>(prefix);
        out.add(e);
        return out;
    }
}
