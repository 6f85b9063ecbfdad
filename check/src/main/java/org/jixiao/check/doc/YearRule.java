package org.jixiao.check.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.check.Comparison;
import org.jixiao.check.Rule;
import org.jixiao.model.Block;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.BlockType;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;

/**
 * Years that contradict the report's fiscal year: a table whose caption dates it another year
 * ("2023年度项目支出绩效自评表" in a 2024 report), and a comparison with the report's own or a later
 * year ("与2025年相比" in a 2025 report; the base of a comparison is an earlier year), or with the
 * year the same sentence is about.
 */
public final class YearRule implements Rule {
    public static final String ID = "year.mismatch";
    private static final Pattern CAPTION_YEAR = Pattern.compile("^\\s*((?:19|20|１９|２０)[0-9０-９]{2})\\s*年");
    private static final Pattern COMPARED = Pattern.compile("(?:与|较|比|同)\\s*((?:19|20|１９|２０)[0-9０-９]{2})\\s*年(?:度)?(?:同期|预算|决算|执行数)?\\s*(?:相比|比较|对比|相较|增加|减少|增长|下降|持平|基本持平|减|增)");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20|１９|２０)[0-9０-９]{2})\\s*年");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.META);
    }

    @Override
    public String needs() {
        return "the report's fiscal year, table captions and sentences with years";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        Integer fy = report.meta().fiscalYear();
        if (fy == null) {
            return List.of(cmp.notEvaluated(ID, "报告所属年度", "the report's fiscal year"));
        }
        List<Finding> out = new ArrayList<>();
        for (Table t : report.tables()) {
            Matcher m = t.caption() == null ? null : CAPTION_YEAR.matcher(t.caption());
            if (m == null || !m.find()) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            if (y != fy) {
                out.add(finding(cmp, Severity.ERROR, "表格标题所标年度为 " + y + " 年，而报告所属年度为 " + fy + " 年",
                        "the table caption dates it " + y + " but the report is for " + fy, t.caption(), t.provenance()));
            } else {
                headerYears(t, y, cmp, out);
            }
        }
        for (Block b : report.blocks()) {
            if (b.type() != BlockType.TABLE) {
                comparisons(b, fy, cmp, out);
            }
        }
        return out;
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

    private static void comparisons(Block b, int fy, Comparison cmp, List<Finding> out) {
        String text = b.text();
        Matcher m = COMPARED.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            Integer subject = subjectYear(text, m.start());
            String quote = sentence(b.text(), m.start());
            Provenance p = b.provenance() == null ? null : b.provenance().withChars(m.start(), m.end());
            if (y >= fy && (subject == null || subject > y)) {
                continue; // "2026年预算与2025年相比" in a 2025 final account of the 2026 budget: subject is later
            }
            if (y >= fy || (subject != null && subject == y)) {
                out.add(finding(cmp, Severity.ERROR, "与 " + y + " 年相比：比较的基年应早于报告年度 " + fy
                                + (subject != null && subject == y ? "，且句中所述年度也是 " + y + " 年" : ""),
                        "compared with " + y + ": the base year of a comparison must precede the report's year " + fy,
                        quote, p));
            }
        }
    }

    /** The last year named before the comparison in the same sentence, if any. */
    private static Integer subjectYear(String text, int at) {
        int s = at;
        while (s > 0 && "。；;\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        Matcher y = ANY_YEAR.matcher(text.substring(s, at));
        Integer last = null;
        while (y.find()) {
            last = Integer.parseInt(y.group(1));
        }
        return last;
    }

    private static String sentence(String text, int at) {
        int s = at;
        while (s > 0 && "。；;\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = at;
        while (e < text.length() && "。；;\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return text.substring(s, Math.min(text.length(), e + 1));
    }

    private static Finding finding(Comparison cmp, Severity s, String zh, String en, String quote, Provenance p) {
        return cmp.of(ID, s, zh, en, null, null, null, List.of(new Evidence("year", quote, null, p, quote)));
    }
}
