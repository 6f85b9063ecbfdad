package org.jixiao.check.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.check.Comparison;
import org.jixiao.check.Rule;
import org.jixiao.check.RuleInput;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.jixiao.model.YearMention;

/**
 * Years that contradict the report's fiscal year: a table whose caption dates it another year
 * ("2023年度项目支出绩效自评表" in a 2024 report), and a comparison with the report's own or a later
 * year ("与2025年相比" in a 2025 report; the base of a comparison is an earlier year), or with the
 * year the same sentence is about. The years and their roles are extract's year mentions.
 */
public final class YearRule implements Rule {
    public static final String ID = "year.mismatch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.META, RuleInput.YEARS);
    }

    @Override
    public String needs() {
        return "the report's fiscal year, and the years printed at the head of captions and as bases of comparisons";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        Integer fy = report.meta().fiscalYear();
        if (fy == null) {
            return List.of(cmp.notEvaluated(ID, "报告所属年度", "the report's fiscal year"));
        }
        List<Finding> out = new ArrayList<>();
        for (YearMention y : report.yearMentions()) {
            if (y.role() == YearMention.Role.CAPTION) {
                caption(report, y, fy, cmp, out);
            } else if (y.role() == YearMention.Role.COMPARED && !y.relative()) {
                comparison(y, fy, cmp, out);
            }
        }
        return out;
    }

    private static void caption(Report report, YearMention y, int fy, Comparison cmp, List<Finding> out) {
        if (y.year() != fy) {
            out.add(finding(cmp, "表格标题所标年度为 " + y.year() + " 年，而报告所属年度为 " + fy + " 年",
                    "the table caption dates it " + y.year() + " but the report is for " + fy, y.quote(), y.provenance()));
            return;
        }
        Table t = y.provenance() == null || y.provenance().tableId() == null ? null : report.table(y.provenance().tableId());
        if (t != null) {
            headerYears(t, y.year(), cmp, out);
        }
    }

    /**
     * Every column whose header extract read a year from (its layout's period) names one other year
     * than the caption: the columns are of another year.
     */
    private static void headerYears(Table t, int captionYear, Comparison cmp, List<Finding> out) {
        if (t.layout() == null) {
            return;
        }
        Integer other = null;
        List<String> headers = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (ColumnMeaning c : t.layout().columns()) {
            if (c.period() == null || c.header() == null || c.header().isBlank()) {
                continue;
            }
            int y;
            try {
                y = Integer.parseInt(c.period());
            } catch (NumberFormatException e) {
                return; // a period that is not one year (2023-2024) dates the columns otherwise
            }
            if (y == captionYear || (other != null && other != y)) {
                return;
            }
            other = y;
            headers.add(c.header());
            Provenance p = Provenance.ofCell(t.provenance() == null ? null : t.provenance().reportId(), t.id(),
                    t.layout().headerRows().isEmpty() ? 0 : t.layout().headerRows().get(0), c.col(),
                    t.pages().isEmpty() ? null : t.pages().get(0), "table");
            evidence.add(new Evidence("year", c.header(), null, p, t.caption() + " · " + c.header()));
        }
        if (other == null) {
            return;
        }
        // Every dated header is named, so the auditor sees each column of the other year.
        String named = "「" + String.join("」「", headers) + "」";
        out.add(cmp.of(ID, Severity.ERROR, "表格「" + t.caption() + "」标为 " + captionYear + " 年，而其列标题均为 " + other
                        + " 年（" + named + "）",
                "table \"" + t.caption() + "\" is captioned " + captionYear + " but its dated column headers all say " + other
                        + " (" + String.join(", ", headers) + ")", null, null, null, evidence));
    }

    private static void comparison(YearMention y, int fy, Comparison cmp, List<Finding> out) {
        Integer subject = y.about();
        if (y.year() >= fy && (subject == null || subject > y.year())) {
            return; // "2026年预算与2025年相比" in a 2025 final account of the 2026 budget: subject is later
        }
        if (y.year() >= fy || (subject != null && subject == y.year())) {
            out.add(finding(cmp, "与 " + y.year() + " 年相比：比较的基年应早于报告年度 " + fy
                            + (subject != null && subject == y.year() ? "，且句中所述年度也是 " + y.year() + " 年" : ""),
                    "compared with " + y.year() + ": the base year of a comparison must precede the report's year " + fy,
                    y.quote(), y.provenance()));
        }
    }

    private static Finding finding(Comparison cmp, String zh, String en, String quote, Provenance p) {
        return cmp.of(ID, Severity.ERROR, zh, en, null, null, null, List.of(new Evidence("year", quote, null, p, quote)));
    }
}
