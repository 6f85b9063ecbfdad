package org.jixiao.check.doc;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.check.Comparison;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Section;
import org.jixiao.model.Severity;

/**
 * Section numbers run 1, 2, 3 … among siblings of one numbering style (一、二、 / （一）（二） /
 * 1. 2. / 附件1 附件2): a skipped or repeated number means a section is missing or misnumbered. A
 * list that starts again at 1 is a new list, not a gap. Each section's number and numbering style
 * are extract's ({@link Section#ordinal()}, {@link Section#style()}).
 */
public final class SectionNumberingRule implements org.jixiao.check.Rule {
    public static final String ID = "section.numbering";
    private static final String DIGITS = "一二三四五六七八九";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public java.util.Set<org.jixiao.check.RuleInput> requires() {
        return java.util.Set.of(org.jixiao.check.RuleInput.SECTIONS);
    }

    @Override
    public String needs() {
        return "the section tree (numbered headings)";
    }

    @Override
    public List<Finding> check(Report report) {
        Comparison cmp = new Comparison(report.id());
        if (report.sections().isEmpty()) {
            return List.of(cmp.notEvaluated(ID, "章节结构", "the section tree"));
        }
        List<Finding> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        report.blocks().forEach(b -> texts.add(b.text().strip()));
        report.tables().forEach(t -> texts.add(t.caption() == null ? "" : t.caption().strip()));
        siblings(report.sections(), report.id(), texts, cmp, out);
        return out;
    }

    /**
     * True when some block or caption starts with the expected number in the same style: the
     * heading is there, only the section tree missed it (a heading wrapped over two lines).
     */
    static boolean printedSomewhere(String style, int expected, List<String> texts) {
        String n = style.contains("C") ? chineseNumeral(expected) : String.valueOf(expected);
        String prefix = style.replace("C", n).replace("#", n);
        return texts.stream().anyMatch(t -> t.startsWith(prefix));
    }

    static String chineseNumeral(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        String d = " " + DIGITS;
        int tens = n / 10;
        int ones = n % 10;
        if (tens == 0) {
            return String.valueOf(d.charAt(ones));
        }
        return (tens == 1 ? "" : String.valueOf(d.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(d.charAt(ones)));
    }

    private static void siblings(List<Section> sections, String reportId, List<String> texts, Comparison cmp,
                                 List<Finding> out) {
        Section prev = null;
        int prevN = 0;
        for (Section s : sections) {
            siblings(s.children(), reportId, texts, cmp, out);
            Integer n = s.ordinal();
            if (n == null || s.style() == null) {
                continue;
            }
            boolean sameStyle = prev != null && s.style().equals(prev.style());
            int expected = sameStyle ? prevN + 1 : 1;
            // A list that starts again at 1 is a new list (contents, then body; a new attachment).
            if (n != expected && n != 1 && (sameStyle || prev == null)
                    && !(n > expected && printedSomewhere(s.style(), expected, texts))) {
                String zh = "章节编号不连续：「" + s.number() + s.title() + "」的编号为 " + n + "，应为 " + expected
                        + (prev == null ? "" : "（前一节为「" + prev.number() + prev.title() + "」）");
                String en = "section numbering skips: \"" + s.number() + s.title() + "\" is numbered " + n
                        + " where " + expected + " was expected";
                Provenance p = new Provenance(reportId, null, null, s.blockId(), null, null, null, null, null, "sections");
                out.add(cmp.of(ID, Severity.WARNING, zh, en, null, null, null,
                        List.of(new Evidence("heading", s.number() + s.title(), null, p, s.number() + s.title()))));
            }
            if (prev == null || sameStyle || n == 1) {
                prev = s;
                prevN = n;
            }
        }
    }
}
