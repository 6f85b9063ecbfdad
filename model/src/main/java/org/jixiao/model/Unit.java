package org.jixiao.model;

import java.math.BigDecimal;

/**
 * Units printed in the reports. {@link #factor()} converts a value to the unit's base
 * ({@link Dimension#MONEY}: 元; {@link Dimension#RATIO}: a plain ratio, so 86.56% is 0.8656;
 * counts: one).
 */
public enum Unit {
    YUAN("元", Dimension.MONEY, BigDecimal.ONE),
    WAN_YUAN("万元", Dimension.MONEY, new BigDecimal("10000")),
    YI_YUAN("亿元", Dimension.MONEY, new BigDecimal("100000000")),
    PERCENT("%", Dimension.RATIO, new BigDecimal("0.01")),
    PERSON("人", Dimension.COUNT, BigDecimal.ONE),
    WAN_PERSON("万人", Dimension.COUNT, new BigDecimal("10000")),
    PERSON_TIME("人次", Dimension.COUNT, BigDecimal.ONE),
    WAN_PERSON_TIME("万人次", Dimension.COUNT, new BigDecimal("10000")),
    PIECE("件", Dimension.COUNT, BigDecimal.ONE),
    ENTITY("家", Dimension.COUNT, BigDecimal.ONE),
    ITEM("个", Dimension.COUNT, BigDecimal.ONE),
    HOUSEHOLD("户", Dimension.COUNT, BigDecimal.ONE),
    SQUARE_METRE("㎡", Dimension.AREA, BigDecimal.ONE),
    POINT("分", Dimension.SCORE, BigDecimal.ONE),
    NONE("", Dimension.NUMBER, BigDecimal.ONE);

    /** What a unit measures; values are comparable only within one dimension. */
    public enum Dimension { MONEY, RATIO, COUNT, AREA, SCORE, NUMBER }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal factor;

    Unit(String symbol, Dimension dimension, BigDecimal factor) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = factor;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    public BigDecimal factor() {
        return factor;
    }

    /** The unit printed as {@code s} (after trimming), or null when it is not one we know. */
    public static Unit fromSymbol(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().replace('％', '%');
        if (t.equals("平方米") || t.equals("m2") || t.equals("m²")) {
            return SQUARE_METRE;
        }
        for (Unit u : values()) {
            if (u != NONE && u.symbol.equals(t)) {
                return u;
            }
        }
        return null;
    }
}
