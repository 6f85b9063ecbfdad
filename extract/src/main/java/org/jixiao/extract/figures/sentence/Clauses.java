package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Placed sentence figures cut finer, as the text-figure rules read them: a figure's label is the
 * words before it in its clause (clauses end at commas, colons, enumeration commas and brackets),
 * and a "sentence" also ends at ；, so the parts of "其中：A a；B b。" stay beside their total while a
 * list after ； does not take the clause before it for its own.
 */
final class Clauses {
    private static final String SENTENCE_END = "。；;！？!?\n";
    private static final String CLAUSE_END = SENTENCE_END + "，,：:、（）()";

    /**
     * A figure with the words around it.
     *
     * @param at       the figure in place
     * @param index    its position in the list of placed figures
     * @param sentence its sentence counted with ； as an end, over the whole report
     */
    record Fig(Passages.Placed at, int index, int sentence) {
        /** The words before the figure in its clause. */
        String label() {
            String b = at.before();
            int i = b.length();
            while (i > 0 && CLAUSE_END.indexOf(b.charAt(i - 1)) < 0) {
                i--;
            }
            return b.substring(i).strip();
        }

        /** The clause the figure stands in. */
        String clause() {
            String a = at.after();
            int i = 0;
            while (i < a.length() && CLAUSE_END.indexOf(a.charAt(i)) < 0) {
                i++;
            }
            return label() + at.fact().quantity().printed() + a.substring(0, i);
        }

        /** Followed by 的: "占…总额33,502.94万元的42.82%" names a base, not a subject. */
        boolean beforeDe() {
            return at.after().startsWith("的");
        }

        /** A bracket opens right after it: "公务用车购置及运行维护费97.75万元（购置费…）". */
        boolean bracketAfter() {
            String a = at.after().stripLeading();
            return a.startsWith("（") || a.startsWith("(");
        }

        boolean inParens() {
            return at.inParens();
        }

        int paragraph() {
            return at.paragraph();
        }

        /** The words between the figure before it in its sentence (or the sentence's start) and it. */
        String between() {
            String b = at.before();
            int i = b.length();
            while (i > 0 && SENTENCE_END.indexOf(b.charAt(i - 1)) < 0) {
                i--;
            }
            return b.substring(i);
        }
    }

    private Clauses() {
    }

    /** Every placed figure with its finer sentence number. */
    static List<Fig> of(List<Passages.Placed> placed) {
        List<Fig> out = new ArrayList<>(placed.size());
        int sentence = 0;
        Passages.Placed prev = null;
        for (int i = 0; i < placed.size(); i++) {
            Passages.Placed p = placed.get(i);
            if (prev != null && sameNumber(prev, p)) {
                // one number read as two facts (收、支总计): one figure in a list
                continue;
            }
            if (prev == null || prev.sentence() != p.sentence() || endsSentence(p.before())) {
                sentence++;
            }
            out.add(new Fig(p, i, sentence));
            prev = p;
        }
        return out;
    }

    private static boolean sameNumber(Passages.Placed a, Passages.Placed b) {
        var pa = a.fact().provenance();
        var pb = b.fact().provenance();
        return java.util.Objects.equals(pa.blockId(), pb.blockId()) && java.util.Objects.equals(pa.charStart(), pb.charStart());
    }

    private static boolean endsSentence(String between) {
        for (int i = 0; i < between.length(); i++) {
            if (SENTENCE_END.indexOf(between.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
