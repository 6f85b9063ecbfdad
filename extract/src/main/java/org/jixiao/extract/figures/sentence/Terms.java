package org.jixiao.extract.figures.sentence;

import java.math.BigDecimal;

import org.jixiao.model.RelationTerm;

/** Relation terms from placed sentence figures. */
final class Terms {
    private Terms() {
    }

    static RelationTerm of(Passages.Placed p, String role, int sign) {
        var f = p.fact();
        return new RelationTerm(f.id(), role, sign, f.quantity(), f.label(), f.provenance(), p.sentenceText());
    }

    /** The value in its unit's base (元, a plain ratio, one). */
    static BigDecimal base(Passages.Placed p) {
        return p.fact().quantity().normalized();
    }
}
