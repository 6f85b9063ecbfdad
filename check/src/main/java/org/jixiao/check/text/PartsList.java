package org.jixiao.check.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.model.Unit;

/**
 * A total and the parts a sentence lists for it: "总额为X万元，其中：A a万元，B b万元" (where the list
 * may be partial) or "分别为：A a万元，B b万元，合计X万元" (complete by its own words). Parts stop at
 * the sentence end or at a clause that compares or rates (较上年…, 执行率…, 占…); figures in
 * brackets form their own list with the figure before the bracket as their total.
 *
 * @param total    the total
 * @param parts    the parts, at least two
 * @param complete true when the text says the parts make the total (合计/共计), false for 其中
 */
public record PartsList(TextFigure total, List<TextFigure> parts, boolean complete) {
    private static final Pattern STOP = Pattern.compile("较|比上年|同比|增长|下降|减少|增加|执行率|完成率|完成预算|占|结余|剔除|扣除");
    private static final Pattern WHEREOF = Pattern.compile("其中|具体包括|包括|具体为");
    private static final Pattern BUDGET_PART = Pattern.compile("上年结转|年初预算|调整|追加");
    private static final Pattern BASIC_PROJECT = Pattern.compile("基本支出|项目支出");
    private static final Pattern PERSONNEL_PUBLIC = Pattern.compile("人员经费|公用经费");
    private static final Pattern SUM_WORD = Pattern.compile("(合计|共计|总计)[为是]?$");

    /** Every parts list in the figures of one block, sentence by sentence. */
    public static List<PartsList> of(List<TextFigure> blockFigures) {
        List<PartsList> out = new ArrayList<>();
        for (int i = 0; i < blockFigures.size(); i++) {
            TextFigure f = blockFigures.get(i);
            String text = f.text();
            int prevEnd = i == 0 || blockFigures.get(i - 1).sentence() != f.sentence()
                    ? sentenceStart(text, f.start()) : blockFigures.get(i - 1).end();
            String between = text.substring(prevEnd, f.start());
            if (WHEREOF.matcher(between).find() && !f.inParens()) {
                whereof(blockFigures, i, prevEnd, out);
            }
            if (SUM_WORD.matcher(f.label()).find() && !f.inParens()) {
                summed(blockFigures, i, out);
            }
            if (i + 1 < blockFigures.size()) {
                parenthesized(blockFigures, i, out);
            }
        }
        return out;
    }

    /** Money/count/score figures only: rates are never summed. */
    static boolean summable(TextFigure f) {
        return f.figure().unit().dimension() != Unit.Dimension.RATIO;
    }

    private static void whereof(List<TextFigure> figs, int first, int whereofAt, List<PartsList> out) {
        TextFigure total = null;
        for (int j = first - 1; j >= 0 && figs.get(j).sentence() == figs.get(first).sentence(); j--) {
            TextFigure c = figs.get(j);
            if (summable(c) && !c.inParens() && !c.beforeDe()) {
                total = c;
                break;
            }
        }
        if (total == null) {
            total = previousSentenceSubject(figs, first, whereofAt);
        }
        if (total == null) {
            return;
        }
        List<TextFigure> parts = collect(figs, first, total, false);
        if (parts.size() >= 2) {
            out.add(new PartsList(total, parts, knownWhole(parts)));
        }
    }

    private static void summed(List<TextFigure> figs, int totalIndex, List<PartsList> out) {
        TextFigure total = figs.get(totalIndex);
        List<TextFigure> parts = new ArrayList<>();
        for (int j = totalIndex - 1; j >= 0 && figs.get(j).sentence() == total.sentence(); j--) {
            TextFigure c = figs.get(j);
            if (STOP.matcher(c.clause()).find() || WHEREOF.matcher(c.label()).find()) {
                if (WHEREOF.matcher(c.label()).find() && sameDim(c, total) && !c.inParens()) {
                    parts.add(0, c);
                }
                break;
            }
            if (sameDim(c, total) && !c.inParens() && !c.beforeDe()) {
                parts.add(0, c);
            }
        }
        if (parts.size() >= 2) {
            out.add(new PartsList(total, parts, true));
        }
    }

    /** "公务用车购置及运行维护费97.75万元（购置费24.99万元、运行维护费72.76万元）". */
    private static void parenthesized(List<TextFigure> figs, int i, List<PartsList> out) {
        TextFigure total = figs.get(i);
        if (total.inParens() || !summable(total)) {
            return;
        }
        String text = total.text();
        int k = total.end();
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= text.length() || (text.charAt(k) != '（' && text.charAt(k) != '(')) {
            return;
        }
        List<TextFigure> parts = new ArrayList<>();
        for (int j = i + 1; j < figs.size() && figs.get(j).inParens() && figs.get(j).sentence() == total.sentence(); j++) {
            if (sameDim(figs.get(j), total)) {
                parts.add(figs.get(j));
            }
        }
        if (parts.size() >= 2) {
            out.add(new PartsList(total, parts, false));
        }
    }

    private static List<TextFigure> collect(List<TextFigure> figs, int first, TextFigure total, boolean parens) {
        List<TextFigure> parts = new ArrayList<>();
        int sentence = figs.get(first).sentence();
        for (int j = first; j < figs.size() && figs.get(j).sentence() == sentence; j++) {
            TextFigure c = figs.get(j);
            if (j > first && (STOP.matcher(c.clause()).find() || WHEREOF.matcher(c.label()).find())) {
                break;
            }
            if (c.inParens() != parens || !sameDim(c, total) || c.beforeDe()) {
                continue;
            }
            parts.add(c);
        }
        return parts;
    }

    /**
     * "…总金额为33,502.94万元，…。具体包括基本支出…": a sentence that opens with the list refers to the
     * first figure of the sentence before it.
     */
    private static TextFigure previousSentenceSubject(List<TextFigure> figs, int first, int whereofAt) {
        TextFigure f = figs.get(first);
        String lead = f.text().substring(sentenceStart(f.text(), f.start()), whereofAt).strip();
        if (!lead.isEmpty()) {
            return null;
        }
        TextFigure subject = null;
        for (int j = first - 1; j >= 0 && figs.get(j).sentence() >= f.sentence() - 1; j--) {
            TextFigure c = figs.get(j);
            if (c.sentence() == f.sentence() - 1 && summable(c) && !c.inParens() && !c.beforeDe()) {
                subject = c;
            }
        }
        return subject != null && sameDim(subject, f) ? subject : null;
    }

    /** Parts that are a whole by definition: 上年结转 + 年初预算 + 本年调整 is the full budget. */
    private static boolean knownWhole(List<TextFigure> parts) {
        return covers(parts, BUDGET_PART, "年初预算", "调整") || covers(parts, BASIC_PROJECT, "基本支出", "项目支出")
                || covers(parts, PERSONNEL_PUBLIC, "人员经费", "公用经费");
    }

    /** Every part's label is one of the decomposition's and each named part is there. */
    private static boolean covers(List<TextFigure> parts, Pattern all, String... required) {
        for (String r : required) {
            if (parts.stream().noneMatch(p -> p.label().contains(r))) {
                return false;
            }
        }
        return parts.stream().allMatch(p -> all.matcher(p.label()).find());
    }

    private static boolean sameDim(TextFigure a, TextFigure b) {
        return a.figure().comparableTo(b.figure().unit());
    }

    private static int sentenceStart(String text, int offset) {
        int s = offset;
        while (s > 0 && "。；;！？!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }
}
