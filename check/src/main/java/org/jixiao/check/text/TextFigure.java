package org.jixiao.check.text;

import org.jixiao.check.Figure;

/**
 * A number with a unit inside a sentence.
 *
 * @param figure   the figure (label = the words before it in its clause; provenance = its block and offsets)
 * @param passage  the id of the passage it is in (its paragraph, joined with the blocks it continues into)
 * @param text     the passage text
 * @param sentence index of its sentence in the passage
 * @param start    offset of the number in the passage text
 * @param end      offset after its unit
 * @param clause   the clause it stands in (between commas)
 * @param inParens true when printed inside brackets （…）
 * @param beforeDe true when followed by 的 ("占…总额33,502.94万元的42.82%": a base, not a subject)
 */
public record TextFigure(Figure figure, String passage, String text, int sentence, int start, int end, String clause,
                         boolean inParens, boolean beforeDe) {
    public String label() {
        return figure.label() == null ? "" : figure.label();
    }
}
