package org.jixiao.check.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.check.Figure;
import org.jixiao.check.NumberText;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;

/**
 * The figures printed in a report's sentences, each labelled by the words before it in its clause
 * and tied to its block, sentence and character offsets. Sentences end at 。；! ? and line breaks;
 * clauses at commas, colons and enumeration commas.
 */
public final class TextFigures {
    private static final String SENTENCE_END = "。；;！？!?\n";
    private static final String CLAUSE_END = SENTENCE_END + "，,：:、（）()";
    private static final int MAX_BLOCK_CHARS = 200_000;
    /** A paragraph ending in one of these ends its passage. */
    private static final String PASSAGE_END = "。；;！？!?：:）)”\"";

    private TextFigures() {
    }

    /**
     * The figures of every paragraph and heading of the report, in reading order. A paragraph that
     * stops mid-sentence (a PDF page or column break) is read together with the paragraphs that
     * continue it, so a sentence's figures stay together.
     */
    public static List<TextFigure> of(Report report) {
        List<TextFigure> out = new ArrayList<>();
        List<Block> passage = new ArrayList<>();
        for (Block b : report.blocks()) {
            if (b.type() == BlockType.TABLE || b.text().length() > MAX_BLOCK_CHARS) {
                flush(report.id(), passage, out);
                continue;
            }
            passage.add(b);
            String t = b.text().strip();
            if (b.type() == BlockType.HEADING || t.isEmpty() || PASSAGE_END.indexOf(t.charAt(t.length() - 1)) >= 0) {
                flush(report.id(), passage, out);
            }
        }
        flush(report.id(), passage, out);
        return out;
    }

    /** The figures of one block. */
    public static List<TextFigure> of(String reportId, Block b) {
        List<TextFigure> out = new ArrayList<>();
        flush(reportId, new ArrayList<>(List.of(b)), out);
        return out;
    }

    private static void flush(String reportId, List<Block> blocks, List<TextFigure> out) {
        if (blocks.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = sb.length();
            sb.append(blocks.get(i).text());
        }
        String text = sb.toString();
        String passage = blocks.get(0).id();
        for (NumberText.Hit h : NumberText.scan(text)) {
            int k = blockAt(starts, h.start());
            Block b = blocks.get(k);
            int local = h.start() - starts[k];
            int localEnd = Math.min(b.text().length(), h.end() - starts[k]);
            int clauseStart = clauseStart(text, h.start());
            String label = text.substring(clauseStart, h.start()).trim();
            Provenance p = b.provenance() == null
                    ? new Provenance(reportId, null, null, b.id(), null, null, null, local, localEnd, "sentence")
                    : b.provenance().withChars(local, localEnd);
            Figure f = new Figure(label, h.quantity(), p, sentenceText(text, h.start()));
            out.add(new TextFigure(f, passage, text, sentenceIndex(text, h.start()), h.start(), h.end(),
                    text.substring(clauseStart, clauseEnd(text, h.end())), inParens(text, h.start()),
                    h.end() < text.length() && text.charAt(h.end()) == '的'));
        }
        blocks.clear();
    }

    private static int blockAt(int[] starts, int offset) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= offset) {
            k++;
        }
        return k;
    }

    /** The index of the sentence containing {@code offset}. */
    static int sentenceIndex(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    static String sentenceText(String text, int offset) {
        int s = offset;
        while (s > 0 && SENTENCE_END.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = offset;
        while (e < text.length() && SENTENCE_END.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return text.substring(s, Math.min(text.length(), e + 1)).trim();
    }

    private static int clauseStart(String text, int offset) {
        int s = offset;
        while (s > 0 && CLAUSE_END.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    private static int clauseEnd(String text, int offset) {
        int e = offset;
        while (e < text.length() && CLAUSE_END.indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    private static boolean inParens(String text, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) < 0; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }
}
