package org.jixiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class QuantityTest {
    @Test
    void normalizesToTheUnitBaseAndKeepsPrintedDecimals() {
        Quantity q = Quantity.of("33502.94", Unit.WAN_YUAN);
        assertEquals(2, q.decimals());
        assertEquals(0, new BigDecimal("335029400").compareTo(q.normalized()));
        Quantity yi = Quantity.of("113.21", Unit.YI_YUAN);
        assertEquals(0, new BigDecimal("11321000000").compareTo(yi.normalized()));
        Quantity rate = Quantity.of("86.56", Unit.PERCENT);
        assertEquals(0, new BigDecimal("0.8656").compareTo(rate.normalized()));
    }

    @Test
    void unitsAreReadFromTheirSymbols() {
        assertEquals(Unit.WAN_YUAN, Unit.fromSymbol(" 万元 "));
        assertEquals(Unit.PERCENT, Unit.fromSymbol("％"));
        assertEquals(Unit.PERSON_TIME, Unit.fromSymbol("人次"));
        assertEquals(null, Unit.fromSymbol("公斤"));
    }

    @Test
    void tableCellsKnowWhichSlotsTheyCover() {
        Cell c = new Cell(0, 2, 2, 3, "预算数", null, null);
        Table t = new Table("t0", null, null, null, null, "docx", 3, 6, java.util.List.of(c), null);
        assertEquals("预算数", t.text(1, 4));
        assertEquals("", t.text(2, 4));
        assertEquals("预算数", t.grid().get(0).get(2));
        assertEquals("", t.grid().get(1).get(3));
    }
}
