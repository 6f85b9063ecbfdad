package org.jixiao.extract.figures.same;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Fact;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.RowNode;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;

/**
 * A classification subject named in the text with its figure ("7.“社会保障和就业支出（类）行政事业单位
 * 养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元", "2．法院（款）行政运行（项）支出6049.97万元")
 * against the rows of that subject in the department-wide tables (rule {@code figure.duplicate}).
 * The row is the one whose label ends the words before （项） and whose parent row's label comes just
 * before it (行政运行 of 人大事务, never another 款's 行政运行); every 合计 or source-of-funds column of
 * the report's year in a table of the whole department is a reading, so the text disagrees only when
 * it matches none of them.
 */
final class ClassifiedItems {
    private static final Pattern ITEM_END = Pattern.compile("[（(]项[）)][”\"’']?\\s*(科目)?\\s*(支出|预算|预算数|支出预算)?\\s*(为|是)?\\s*$");
    private static final Pattern MARKERS = Pattern.compile("[（(][类款项][）)]|[“”\"‘’'\\s　]");
    private static final Pattern NOT_THE_FIGURE = Pattern.compile("增加|减少|增长|下降|比上年|较上年|上年|占");
    /** "2024年预算安排352.67万元" later in the subject's paragraph: the same year's budget of the same subject. */
    private static final Pattern BUDGET_OF_YEAR = Pattern.compile("(?:^|[，,。；;])\\s*(\\d{4})\\s*年度?预算安排(?:数)?(?:为)?\\s*$");

    List<Relation> build(Report report, SameFigureParts parts) {
        List<Candidate> rows = candidates(report);
        List<Relation> out = new ArrayList<>();
        for (Fact f : report.facts()) {
            if (!sentenceMoney(f)) {
                continue;
            }
            String label = f.label() == null ? "" : f.label();
            var m = ITEM_END.matcher(label);
            if (!m.find() || NOT_THE_FIGURE.matcher(label).find()) {
                continue;
            }
            budgetOfItsYear(report, f).ifPresent(b -> out.add(new Relation(null, SameFigureStage.RULE, term(f, "first", parts),
                    List.of(new Reading("the subject's budget for " + f.period() + " stated later in its paragraph",
                            List.of(term(b, "second", parts)), List.of())), "same-figure", label + " / " + b.label())));
            String words = MARKERS.matcher(label.substring(0, m.start())).replaceAll("");
            Map<String, Candidate> values = new LinkedHashMap<>();
            for (Candidate c : rows) {
                if (words.endsWith(c.parent() + c.item()) && Objects.equals(c.fact().period(), f.period())
                        && parts.of(c.fact()).equals(parts.of(f))) {
                    values.putIfAbsent(c.fact().quantity().normalized().stripTrailingZeros().toPlainString(), c);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            List<Reading> readings = new ArrayList<>();
            for (Candidate c : values.values()) {
                readings.add(new Reading("the " + c.parent() + " · " + c.item() + " row of " + c.caption() + " (" + c.column() + ")",
                        List.of(term(c.fact(), "second", parts)), List.of()));
            }
            out.add(new Relation(null, SameFigureStage.RULE, term(f, "first", parts), readings, "same-figure",
                    label + " / " + values.values().iterator().next().caption()));
        }
        return out;
    }

    /**
     * The figure of the paragraph that states the subject's budget for the year of the subject's own
     * figure ("…（项）”350.35万元，…2023年当年预算执行数为348.52万元，2024年预算安排352.67万元"): the first
     * one after it in its block whose words are "YYYY年预算安排" of that year.
     */
    private static java.util.Optional<Fact> budgetOfItsYear(Report report, Fact subject) {
        var p = subject.provenance();
        if (subject.period() == null || p.charStart() == null) {
            return java.util.Optional.empty();
        }
        for (Fact f : report.facts()) {
            var q = f.provenance();
            if (q == null || q.tableId() != null || !p.blockId().equals(q.blockId()) || q.charStart() == null
                    || q.charStart() <= p.charStart() || !sentenceMoney(f)) {
                continue;
            }
            var m = BUDGET_OF_YEAR.matcher(f.label() == null ? "" : f.label());
            if (m.find() && m.group(1).equals(subject.period())) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /** A value cell of a classification row with a parent, in a 合计 or source-of-funds column of a department-wide table. */
    private record Candidate(Fact fact, String item, String parent, String caption, String column) {
    }

    private static List<Candidate> candidates(Report report) {
        Map<String, Table> tables = new HashMap<>();
        report.tables().forEach(t -> tables.put(t.id(), t));
        List<Candidate> out = new ArrayList<>();
        for (Fact f : report.facts()) {
            var p = f.provenance();
            Table t = p == null || p.tableId() == null ? null : tables.get(p.tableId());
            TableLayout lay = t == null ? null : t.layout();
            if (lay == null || !"total".equals(lay.scope()) || p.row() == null || p.col() == null
                    || f.quantity().unit().dimension() != org.jixiao.model.Unit.Dimension.MONEY) {
                continue;
            }
            ColumnMeaning col = lay.column(p.col()).orElse(null);
            // the 合计 column (no scope of its own, or the mark of the table's total) and source-of-funds columns
            boolean whole = col != null && (col.scope() == null || col.scope().startsWith("="));
            if (!whole || !col.isValue() || (col.period() != null && !col.period().equals(f.period()))) {
                continue;
            }
            RowNode node = lay.rows().stream().filter(n -> n.row() == p.row() && n.panel() == col.panel()).findFirst().orElse(null);
            if (node == null || node.kind() != RowNode.Kind.ITEM || node.code() == null || node.parent() < 0) {
                continue;
            }
            RowNode parent = lay.node(node.parent(), node.panel()).orElse(null);
            if (parent == null || parent.label() == null || node.label() == null) {
                continue;
            }
            out.add(new Candidate(f, bare(node.label()), bare(parent.label()), t.caption() == null ? t.id() : t.caption(),
                    col.header()));
        }
        return out;
    }

    private static String bare(String s) {
        return MARKERS.matcher(s).replaceAll("");
    }

    private static boolean sentenceMoney(Fact f) {
        return f.provenance() != null && f.provenance().tableId() == null && f.provenance().blockId() != null
                && f.quantity().unit().dimension() == org.jixiao.model.Unit.Dimension.MONEY
                && !f.measure().startsWith("change") && f.scope() == null;
    }

    private static RelationTerm term(Fact f, String role, SameFigureParts parts) {
        return new RelationTerm(f.id(), role, 1, f.quantity(), f.label(), f.provenance(), parts.context(f));
    }
}
