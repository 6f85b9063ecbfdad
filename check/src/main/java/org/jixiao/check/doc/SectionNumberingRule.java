package org.jixiao.check.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * list that starts again at 1 is a new list, not a gap.
 */
public final class SectionNumberingRule implements org.jixiao.check.Rule {
    public static final String ID = "section.numbering";
    private static final Pattern NUMBER = Pattern.compile("([0-9]+|[一二三四五六七八九十]+)");
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
            Integer n = number(s.number());
            if (n == null) {
                continue;
            }
            boolean sameStyle = prev != null && style(prev.number()).equals(style(s.number()));
            int expected = sameStyle ? prevN + 1 : 1;
            // A list that starts again at 1 is a new list (contents, then body; a new attachment).
            if (n != expected && n != 1 && (sameStyle || prev == null)
                    && !(n > expected && printedSomewhere(style(s.number()), expected, texts))) {
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

    /** The number's style: its text with the number replaced ("（#）", "#、", "附件#"). */
    static String style(String number) {
        String s = number == null ? "" : number.trim();
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return s;
        }
        boolean chinese = !Character.isDigit(m.group(1).charAt(0));
        return s.substring(0, m.start()) + (chinese ? "C" : "#") + s.substring(m.end()).replaceAll("[-－].*", "");
    }

    /** The number of "（三）", "10、", "附件3-1" (3); null when it has none. */
    static Integer number(String number) {
        if (number == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(number);
        if (!m.find()) {
            return null;
        }
        String g = m.group(1);
        if (Character.isDigit(g.charAt(0))) {
            return g.length() > 4 ? null : Integer.parseInt(g);
        }
        return chinese(g);
    }

    private static Integer chinese(String g) {
        int ten = g.indexOf('十');
        if (ten < 0) {
            return g.length() == 1 ? DIGITS.indexOf(g.charAt(0)) + 1 : null;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(g.charAt(0)) + 1;
        int ones = ten == g.length() - 1 ? 0 : DIGITS.indexOf(g.charAt(g.length() - 1)) + 1;
        return tens * 10 + ones;
    }
}
