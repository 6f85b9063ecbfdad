package org.jixiao.extract.figures.layout;

import org.jixiao.model.Basis;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.RowNode;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the scope, entity, qualifiers and basis of a table fact from its table's layout: a 合计
 * row or a top-level 合计 column is a total of what the table kind says (a 三公 table's 合计 is 三公; a
 * 三公、会议费、培训费 table's 合计 is no canonical scope; a table of unknown kind gives no department
 * total), a column whose header names a scope names its figures, and a table restricted to one
 * source of funds (财政拨款, 一般公共预算 …) qualifies every figure. Never a guess into {@code total}.
 */
public final class LayoutMeaning {
    private static final Pattern INCOME = Pattern.compile("^(本年)?收入(总计|合计)?$|^收入预算(总计|合计)$");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("3\\d{2}(\\d{2}){0,2}");
    private static final Pattern EXPENSE = Pattern.compile("^(本年)?支出(总计|合计)$|^支出预算(总计|合计)$");

    /** The fact's stable id: its table cell. */
    public static String cellId(String tableId, int row, int col) {
        return tableId + "r" + row + "c" + col;
    }

    public Fact apply(Fact f, Table t) {
        Provenance p = f.provenance();
        if (p == null || p.row() == null || p.col() == null) {
            return f;
        }
        Fact fact = f.withId(cellId(t.id(), p.row(), p.col()));
        TableLayout layout = t.layout();
        if (layout == null || (fact.scope() != null && fact.scope().startsWith("fund:"))) {
            return fact.withMeaning(fact.scope(), entity(fact.scope()), List.of(), fact.basis() != null ? fact.basis()
                    : new Basis(fact.scope() == null ? null : "row or caption words", phaseBasis(fact, null),
                    periodBasis(null)));
        }
        Optional<ColumnMeaning> cm = layout.column(p.col());
        int panel = cm.map(ColumnMeaning::panel).orElse(0);
        Optional<RowNode> node = layout.node(p.row(), panel);
        String header = cm.map(ColumnMeaning::header).orElse("");
        String columnScope = cm.map(ColumnMeaning::scope).orElse(null);
        boolean totalRow = node.map(n -> n.kind() == RowNode.Kind.TOTAL).orElse(false);
        boolean bareRow = node.map(n -> n.label().isBlank()).orElse(true) || totalRow;
        String bare = node.map(n -> RowTreeReader.bare(n.label())).orElse("");
        String measure = fact.measure();
        String scope = fact.scope();
        String basis;
        if (ColumnReader.TABLE_TOTAL.equals(columnScope) && bareRow) {
            scope = layout.scope();
            basis = kindBasis(layout) + " + column:" + header;
        } else if (columnScope != null && !ColumnReader.TABLE_TOTAL.equals(columnScope) && (bareRow || scope == null)) {
            scope = columnScope;
            basis = "column:" + header;
        } else if (INCOME.matcher(bare).matches() && "amount".equals(measure)) {
            scope = layout.kind() == null ? null : "total";
            measure = "income";
            basis = kindBasis(layout) + " + row:" + bare;
        } else if (EXPENSE.matcher(bare).matches() || totalRow) {
            scope = layout.kind() == null && !"total".equals(layout.scope()) ? captionScope(fact, layout)
                    : layout.scope();
            basis = kindBasis(layout) + " + row:" + bare;
        } else if ("total".equals(scope) && !departmentWide(layout)) {
            // 年度资金总额 on a fund's or a project's sheet, or in a table of no known kind, is not the department's
            scope = null;
            basis = kindBasis(layout) + ": a total row label, but not of a department-wide table";
        } else if (scope != null && !scope.contains(":") && node.map(LayoutMeaning::economicSubject).orElse(false)) {
            // 30217 公务接待费 in a 基本支出 or 机关运行经费 table is that economic subject's line, not the 三公 figure
            scope = bare.isEmpty() ? null : "item:" + bare;
            basis = "row:经济分类 " + node.get().code() + " " + bare;
        } else if (scope != null && !scope.contains(":") && !partOf(scope, layout.scope())) {
            // 公务用车运行维护费 in a 政府采购 table is the part bought through procurement, not the 三公 figure
            scope = bare.isEmpty() ? null : "item:" + bare;
            basis = kindBasis(layout) + ": row " + bare + " is a part of " + layout.scope();
        } else {
            basis = scope == null ? null : "row:" + bare;
        }
        List<String> qualifiers = new java.util.ArrayList<>(scope != null && !scope.contains(":") ? layout.qualifiers()
                : List.of());
        String source = totalRow && columnScope == null ? cm.map(ColumnMeaning::qualifier).orElse(null) : null;
        if (scope != null && !scope.contains(":") && source != null) {
            // a 合计 row under 财政拨款收入 | 事业收入 columns: the total of that source, not the department total
            qualifiers.add(source);
            basis = basis + " + column:" + header;
        }
        if (!qualifiers.isEmpty()) {
            scope = scope + ":" + String.join("+", qualifiers);
        }
        Fact out = new Fact(measure, scope, fact.subject(), fact.period(), fact.phase(), fact.quantity(), fact.label(),
                fact.provenance(), fact.id(), entity(scope), qualifiers,
                new Basis(basis, phaseBasis(fact, cm.orElse(null)), periodBasis(cm.orElse(null))));
        return out;
    }

    /** A row carrying an 经济分类 code (301, 30217, 3021701): an economic subject, whatever its name resembles. */
    private static boolean economicSubject(RowNode n) {
        return n.code() != null && ECONOMIC_CODE.matcher(n.code()).matches();
    }

    /**
     * True when a row's scope can be a part of its table's: anything in a table of the whole or of no
     * one scope; in a 基本支出 table its 人员经费 and 公用经费; else the table's scope and its sub-scopes.
     */
    static boolean partOf(String rowScope, String tableScope) {
        if (tableScope == null || tableScope.equals("total") || tableScope.contains(":")) {
            return true;
        }
        if (rowScope.equals(tableScope) || rowScope.startsWith(tableScope + ".")) {
            return true;
        }
        return tableScope.equals("basic") && (rowScope.equals("personnel") || rowScope.equals("public")
                || rowScope.startsWith("public."));
    }

    private static boolean departmentWide(TableLayout layout) {
        String k = layout.kind();
        return k != null && (k.startsWith("budget.") || k.startsWith("final.") || k.equals("selfeval.scoresheet")
                || k.equals("selfeval.basedata"));
    }

    /** A 合计 of a table of no standard kind: only a scope its caption names (基本支出明细 → basic), never total. */
    private static String captionScope(Fact f, TableLayout layout) {
        return f.scope() != null && !f.scope().equals("total") ? f.scope() : layout.scope();
    }

    private static String kindBasis(TableLayout layout) {
        return layout.kind() == null ? "table of no standard kind" : "table-kind:" + layout.kind();
    }

    private static String entity(String scope) {
        if (scope == null) {
            return null;
        }
        if (scope.startsWith("unit:") || scope.startsWith("item:")) {
            return scope;
        }
        return scope.startsWith("fund:") ? scope : "department";
    }

    private static String phaseBasis(Fact f, ColumnMeaning cm) {
        if (f.phase() == null) {
            return null;
        }
        return cm != null && cm.phase() != null ? "header:" + cm.header() : "document kind or row words";
    }

    private static String periodBasis(ColumnMeaning cm) {
        return cm != null && cm.period() != null ? "header:" + cm.header() : "caption or report year";
    }
}
