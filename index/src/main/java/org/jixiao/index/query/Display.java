package org.jixiao.index.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Normalized values shown the way reports print them: ratios as %, money in 万元. */
public final class Display {
    private Display() {
    }

    /**
     * @param normalized the value in the base unit (元, ratio, count)
     * @param dimension  money, ratio, count, … (lower case), or null
     */
    public static String of(BigDecimal normalized, String dimension) {
        if (normalized == null) {
            return "";
        }
        if ("ratio".equals(dimension)) {
            return plain(normalized.movePointRight(2)) + "%";
        }
        if ("money".equals(dimension)) {
            return plain(normalized.movePointLeft(4)) + "万元";
        }
        return plain(normalized);
    }

    private static String plain(BigDecimal v) {
        BigDecimal x = v.scale() > 4 ? v.setScale(4, RoundingMode.HALF_EVEN) : v;
        x = x.stripTrailingZeros();
        return x.scale() < 0 ? x.setScale(0).toPlainString() : x.toPlainString();
    }
}
