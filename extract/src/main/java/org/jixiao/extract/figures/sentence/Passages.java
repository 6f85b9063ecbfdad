package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.model.Block;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;

/**
 * The sentence facts of a report put back into their sentences and paragraphs, with the words
 * printed before each figure: what the relation builders read. A paragraph a PDF broke over
 * several blocks is one paragraph again when a block ends mid-sentence.
 */
final class Passages {
    /**
     * A sentence figure in place.
     *
     * @param after the words printed after it up to its sentence's end ("的", "（购置费…" …)
     */
    record Placed(Fact fact, String before, int sentence, int paragraph, boolean inParens, String sentenceText,
                  String after) {
        Placed(Fact fact, String before, int sentence, int paragraph, boolean inParens, String sentenceText) {
            this(fact, before, sentence, paragraph, inParens, sentenceText, "");
        }

        boolean money() {
            return fact.quantity().unit().dimension() == org.jixiao.model.Unit.Dimension.MONEY;
        }

        boolean percent() {
            return fact.quantity().unit() == org.jixiao.model.Unit.PERCENT;
        }
    }

    /** Sentence ends; a ；clause stays in its sentence, so a 其中 list split by ； keeps its parent. */
    private static final String ENDS = "。！？!?";

    private Passages() {
    }

    /** Every sentence fact of {@code report}, in reading order, placed in its sentence and paragraph. */
    static List<Placed> of(Report report) {
        Map<String, Block> blocks = new HashMap<>();
        report.blocks().forEach(b -> blocks.put(b.id(), b));
        List<Placed> out = new ArrayList<>();
        Fact prev = null;
        int sentence = 0;
        int paragraph = 0;
        for (Fact f : report.facts()) {
            if (!SentenceFactStage.EXTRACTOR.equals(extractor(f)) || f.provenance().charStart() == null) {
                continue;
            }
            Block b = blocks.get(f.provenance().blockId());
            if (b == null) {
                continue;
            }
            String text = b.text();
            int start = Math.min(f.provenance().charStart(), text.length());
            int from;
            if (prev == null) {
                from = lastEnd(text, start);
                sentence++;
                paragraph++;
            } else if (prev.provenance().blockId().equals(b.id())) {
                int prevEnd = Math.min(prev.provenance().charEnd(), text.length());
                if (prevEnd > start) {
                    // the same number read as two facts (收、支预算总计: income and expense)
                    from = prevEnd;
                    out.add(new Placed(f, out.get(out.size() - 1).before(), sentence, paragraph,
                            out.get(out.size() - 1).inParens(), out.get(out.size() - 1).sentenceText(), after(f, text)));
                    prev = f;
                    continue;
                }
                int end = lastEnd(text, start);
                from = end > prevEnd ? end : prevEnd;
                if (end > prevEnd) {
                    sentence++;
                }
            } else {
                Block pb = blocks.get(prev.provenance().blockId());
                String tail = pb == null ? "" : pb.text().substring(Math.min(prev.provenance().charEnd(), pb.text().length()));
                String prevText = pb == null ? "。" : pb.text().strip();
                boolean sectionChanged = pb == null || !pb.sectionPath().equals(b.sectionPath());
                boolean paragraphEnded = sectionChanged || prevText.isEmpty()
                        || ENDS.indexOf(prevText.charAt(prevText.length() - 1)) >= 0;
                from = lastEnd(text, start);
                boolean newSentence = paragraphEnded || endsSentence(tail) || from > 0;
                if (newSentence) {
                    sentence++;
                }
                if (paragraphEnded) {
                    paragraph++;
                }
                if (!newSentence) {
                    String before = tail + text.substring(0, start);
                    out.add(new Placed(f, before, sentence, paragraph, inParens(before), tail + text.substring(0, nextEnd(text, start)),
                            after(f, text)));
                    prev = f;
                    continue;
                }
            }
            String before = text.substring(from, start);
            int sStart = lastEnd(text, start);
            int sEnd = nextEnd(text, start);
            out.add(new Placed(f, before, sentence, paragraph, inParens(text.substring(sStart, start)),
                    text.substring(sStart, sEnd), after(f, text)));
            prev = f;
        }
        return out;
    }

    /** The words after the figure up to its sentence's end (the block's end when it runs on). */
    private static String after(Fact f, String text) {
        Integer end = f.provenance().charEnd();
        if (end == null || end > text.length()) {
            return "";
        }
        return text.substring(end, Math.max(end, nextEnd(text, end)));
    }

    private static String extractor(Fact f) {
        return f.provenance() == null ? null : f.provenance().extractor();
    }

    /** The offset after the last sentence end before {@code at} in {@code text}, or 0. */
    private static int lastEnd(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int nextEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean endsSentence(String tail) {
        for (int i = 0; i < tail.length(); i++) {
            if (ENDS.indexOf(tail.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean inParens(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
