package org.jixiao.check.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * The 目录 names the sections as the body titles them: each entry of the table of contents
 * (第X部分 / 一、…) against the body heading with the same number in the same part. Titles agree
 * when one contains the other once spaces, leader dots, page numbers and bracketed notes are left
 * out, or when they agree after the year (the department named shorter in the 目录). An entry
 * without a body heading of its number (a table printed under a caption) is not judged.
 */
public final class TocRule extends TalliedRule {
    public static final String ID = "completeness.toc";
    private static final Pattern PART = Pattern.compile("第[一二三四五六七八九十]+部分");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000]|[（(][^（）()]*[）)]|[.…·．]{2,}\\d*$|\\d+$");
    /** Words whose presence or absence does not make two titles different (的, 和/及/与, 年/年度). */
    private static final Pattern FUNCTION = Pattern.compile("[的之和及与度、，,]");
    private static final Pattern AFTER_YEAR = Pattern.compile("^.*(?:19|20)\\d{2}年度?");
    private static final int MAX_WRAP = 30;

    /** One heading of the 目录 or of the body: its part, number and title as printed. */
    record Entry(String part, String number, String title, Block block) {
        String key() {
            return part + "|" + number;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "a 目录 followed by numbered headings, and the body's headings";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.SECTIONS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        List<Block> blocks = report.blocks();
        int toc = tocStart(blocks);
        if (toc < 0) {
            tally.notEvaluated("no 目录");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        int body = readToc(blocks, toc + 1, entries);
        if (entries.isEmpty() || body >= blocks.size()) {
            tally.notEvaluated("目录 without entries or without a body after it");
            return List.of();
        }
        Map<String, Entry> headings = new LinkedHashMap<>();
        String part = "";
        for (int i = body; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.HEADING && b.number() != null) {
                part = PART.matcher(b.number()).matches() ? b.number() : part;
                Entry e = new Entry(part, b.number(), title(b.text(), b.number()) + continuation(blocks, i + 1), b);
                headings.putIfAbsent(e.key(), e);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Entry e : entries) {
            Entry h = headings.get(e.key());
            if (h == null) {
                tally.notEvaluated("目录 entry without a body heading of its number");
                continue;
            }
            boolean agree = agree(e.title(), h.title());
            tally.evaluated(agree);
            if (!agree) {
                out.add(finding(report, e, h));
            }
        }
        return out;
    }

    private static int tocStart(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() != BlockType.TABLE && b.text().replaceAll("[\\s\\u3000]", "").equals("目录")) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the 目录's headings into {@code entries}; returns the index of the first body block. */
    private static int readToc(List<Block> blocks, int from, List<Entry> entries) {
        String first = null;
        String part = "";
        int i = from;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.HEADING && b.number() != null) {
                if (first != null && b.number().equals(first)) {
                    return i;
                }
                first = first == null ? b.number() : first;
                part = split(b, part, entries);
            } else if (b.type() == BlockType.PARAGRAPH && !entries.isEmpty() && b.text().strip().length() <= MAX_WRAP
                    && !b.text().strip().isEmpty() && !Character.isDigit(b.text().strip().charAt(0))) {
                // A title wrapped onto a second line ("十一、…培训费支" + "出预算表").
                Entry last = entries.remove(entries.size() - 1);
                entries.add(new Entry(last.part(), last.number(), last.title() + b.text().strip(), last.block()));
            } else {
                return blocks.size();
            }
        }
        return i;
    }

    /** Adds the entries of one 目录 heading (two parts printed on one line are two entries); returns the part. */
    private static String split(Block b, String part, List<Entry> entries) {
        String text = b.text().strip();
        Matcher m = PART.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            entries.add(new Entry(part, b.number(), title(text, b.number()), b));
            return part;
        }
        String current = part;
        for (int k = 0; k < starts.size(); k++) {
            String seg = text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : text.length());
            Matcher p = PART.matcher(seg);
            p.lookingAt();
            current = p.group();
            entries.add(new Entry(current, current, title(seg, current), b));
        }
        return current;
    }

    /** A heading wrapped onto a second line ("第二部分江苏省人大常委会办公厅" + "2017年度部门预算表"), or "". */
    private static String continuation(List<Block> blocks, int next) {
        if (next >= blocks.size() || blocks.get(next).type() != BlockType.PARAGRAPH) {
            return "";
        }
        String t = blocks.get(next).text().strip();
        return t.length() <= MAX_WRAP && !t.matches(".*[。：:；;，,].*") ? t : "";
    }

    private static String title(String text, String number) {
        String t = text.strip();
        return t.startsWith(number) ? t.substring(number.length()).strip() : t;
    }

    static boolean agree(String toc, String body) {
        String a = FUNCTION.matcher(NOISE.matcher(toc).replaceAll("")).replaceAll("");
        String b = FUNCTION.matcher(NOISE.matcher(body).replaceAll("")).replaceAll("");
        if (a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a)) {
            return true;
        }
        String ta = AFTER_YEAR.matcher(a).replaceFirst("");
        String tb = AFTER_YEAR.matcher(b).replaceFirst("");
        return !ta.isEmpty() && ta.equals(tb);
    }

    private static Finding finding(Report report, Entry toc, Entry body) {
        String t = toc.number() + toc.title();
        String h = body.number() + body.title();
        return new Finding(report.id(), ID, Severity.WARNING,
                "目录中的「" + t + "」与正文标题「" + h + "」不一致",
                "the table of contents says \"" + t + "\" but the body's heading says \"" + h + "\"",
                null, null, null, null,
                List.of(new Evidence("toc", t, null, toc.block().provenance(), toc.block().text().strip()),
                        new Evidence("heading", h, null, body.block().provenance(), body.block().text().strip())));
    }
}
