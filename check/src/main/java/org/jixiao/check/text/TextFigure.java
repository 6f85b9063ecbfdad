package org.jixiao.check.text;

import org.jixiao.check.Figure;
import org.jixiao.model.Block;

/**
 * A number with a unit inside a sentence.
 *
 * @param figure     the figure (label = the words before it in its clause; provenance = block and offsets)
 * @param block      the block it is in
 * @param sentence   index of its sentence in the block
 * @param start      offset of the number in the block text
 * @param end        offset after its unit
 * @param clause     the clause it stands in (between commas)
 * @param inParens   true when printed inside brackets （…）
 * @param beforeDe   true when followed by 的 ("占…总额33,502.94万元的42.82%": a base, not a subject)
 */
public record TextFigure(Figure figure, Block block, int sentence, int start, int end, String clause,
                         boolean inParens, boolean beforeDe) {
    public String label() {
        return figure.label() == null ? "" : figure.label();
    }
}
