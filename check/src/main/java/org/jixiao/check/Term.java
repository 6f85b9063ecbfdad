package org.jixiao.check;

import org.jixiao.model.Validate;

/**
 * One operand of a sum or difference: a figure with its sign.
 *
 * @param figure the printed figure
 * @param sign   +1 or −1
 */
public record Term(Figure figure, int sign) {
    public Term {
        Validate.notNullParam(figure, "figure");
        Validate.isTrue(sign == 1 || sign == -1, "sign must be +1 or -1");
    }

    public static Term plus(Figure f) {
        return new Term(f, 1);
    }

    public static Term minus(Figure f) {
        return new Term(f, -1);
    }
}
