package org.jixiao.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jixiao.model.Quantity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private final NumberReader reader = new NumberReader();

    private Quantity cell(String text, Unit fallback) {
        return reader.readCell(text, fallback).orElseThrow(() -> new AssertionError("no number in " + text));
    }

    @Test
    void thousandsSeparatorsKeepPrintedDecimals() {
        Quantity q = cell("33,502.94", Unit.WAN_YUAN);
        assertEquals(new BigDecimal("33502.94"), q.value());
        assertEquals(2, q.decimals());
        assertEquals(Unit.WAN_YUAN, q.unit());
        assertEquals("33,502.94", q.printed());
        assertEquals(0, new BigDecimal("335029400").compareTo(q.normalized()));
        assertEquals(1, cell("3.5", Unit.YI_YUAN).decimals());
        assertEquals(0, cell("164", Unit.WAN_YUAN).decimals());
    }

    @Test
    void fullWidthDigitsCommaPercentAndMinus() {
        assertEquals(new BigDecimal("1421.72"), cell("1，421.72亿元", Unit.NONE).value());
        assertEquals(Unit.YI_YUAN, cell("1，421.72亿元", Unit.NONE).unit());
        Quantity pct = cell("８６．５６％", Unit.NONE);
        assertEquals(new BigDecimal("86.56"), pct.value());
        assertEquals(Unit.PERCENT, pct.unit());
        assertEquals(new BigDecimal("-5.29"), cell("－5.29", Unit.WAN_YUAN).value());
        assertEquals(new BigDecimal("-5.29"), cell("-5.29", Unit.WAN_YUAN).value());
    }

    @Test
    void spacesAndLineBreaksInsideACell() {
        assertEquals(Unit.WAN_YUAN, cell("87842.29 万元", Unit.NONE).unit());
        assertEquals(new BigDecimal("1806.43"), cell("1,806.\n43", Unit.YI_YUAN).value());
        assertEquals(Unit.YI_YUAN, cell("1,806.43\n亿元", Unit.NONE).unit());
        assertEquals(new BigDecimal("44.09"), cell(" 44.09 ", Unit.WAN_YUAN).value());
    }

    @Test
    void nothingPrintedIsEmptyNotZero() {
        for (String s : List.of("-", "—", "——", "/", "", "  ", "-   ", "－")) {
            assertEquals(Optional.empty(), reader.readCell(s, Unit.WAN_YUAN), "'" + s + "'");
            assertTrue(reader.isNothingPrinted(s), s);
        }
        Quantity zero = cell("0.00", Unit.WAN_YUAN);
        assertEquals(0, zero.value().signum());
        assertEquals(2, zero.decimals());
    }

    @Test
    void textIsNotANumber() {
        assertEquals(Optional.empty(), reader.readCell("合计", Unit.WAN_YUAN));
        assertEquals(Optional.empty(), reader.readCell("≥90%", Unit.NONE));
        assertEquals(Optional.empty(), reader.readCell("2024年", Unit.NONE));
    }

    @Test
    void unitsOfCounts() {
        assertEquals(Unit.WAN_PERSON, cell("3.93万人", Unit.NONE).unit());
        assertEquals(Unit.WAN_PERSON_TIME, cell("1.23万人次", Unit.NONE).unit());
        assertEquals(Unit.PERSON, cell("371名", Unit.NONE).unit());
        assertEquals(Unit.POINT, cell("96.81分", Unit.NONE).unit());
        assertEquals(Unit.ENTITY, cell("123家", Unit.NONE).unit());
        assertEquals(Unit.PIECE, cell("61176件", Unit.NONE).unit());
        Quantity cn = cell("二十四个", Unit.NONE);
        assertEquals(new BigDecimal("24"), cn.value());
        assertEquals(Unit.ITEM, cn.unit());
    }

    @Test
    void chineseNumerals() {
        assertEquals(24, ChineseNumerals.parse("二十四").getAsLong());
        assertEquals(12, ChineseNumerals.parse("十二").getAsLong());
        assertEquals(105, ChineseNumerals.parse("一百零五").getAsLong());
        assertEquals(30000, ChineseNumerals.parse("三万").getAsLong());
        assertEquals(2000, ChineseNumerals.parse("两千").getAsLong());
    }

    @Test
    void findsNumbersWithUnitsInSentencesWithOffsets() {
        String s = "2025年我厅一般公共预算决算支出数为29,000.52万元，预算执行率为86.56%，其中：基本支出13,775.90万元";
        List<NumberMatch> all = reader.findAll(s);
        assertEquals(3, all.size(), all.toString());
        NumberMatch first = all.get(0);
        assertEquals("29,000.52", first.quantity().printed());
        assertEquals(Unit.WAN_YUAN, first.quantity().unit());
        assertEquals("29,000.52万元", s.substring(first.start(), first.end()));
        assertEquals(Unit.PERCENT, all.get(1).quantity().unit());
        assertEquals("13,775.90万元", s.substring(all.get(2).start(), all.get(2).end()));
    }

    @Test
    void sentenceNumbersAcrossALineBreakAndNegativesAndFullWidthComma() {
        List<NumberMatch> all = reader.findAll("收支结余-63.4亿元，期末滚存结余1，743.03\n亿元。共二十四个项目，第三个");
        assertEquals(3, all.size(), all.toString());
        assertEquals(new BigDecimal("-63.4"), all.get(0).quantity().value());
        assertTrue(all.get(0).negative());
        assertEquals(new BigDecimal("1743.03"), all.get(1).quantity().value());
        assertEquals(Unit.YI_YUAN, all.get(1).quantity().unit());
        assertEquals(new BigDecimal("24"), all.get(2).quantity().value());
    }

    @Test
    void yearsListNumbersAndOrdinalsAreNotFigures() {
        assertEquals(0, reader.findAll("2026年4月29日，附件2，表3，12333电话，2024-2025年").size());
        // a comma followed by more than three digits is a list separator, not thousands
        List<NumberMatch> two = reader.findAll("其他收入3.5亿元，转移收入40亿元");
        assertEquals(2, two.size());
        assertEquals(new BigDecimal("40"), two.get(1).quantity().value());
    }

    @Test
    void tableUnitFromCaptionUnitLineOrHeader() {
        TableUnits units = new TableUnits();
        assertEquals(Unit.WAN_YUAN, units.fromUnitLine("单位：万元").orElseThrow());
        assertEquals(Unit.WAN_YUAN, units.fromUnitLine("金额单位：万元").orElseThrow());
        assertEquals(Unit.YI_YUAN, units.fromUnitLine("填报单位：湖南省人力资源和社会保障厅 单位：亿元").orElseThrow());
        assertEquals(Unit.WAN_YUAN, units.fromHeader("项目资金（万元）").orElseThrow());
        assertEquals(Unit.WAN_YUAN, units.fromHeader("全年预算数\n(万元)").orElseThrow());
        assertEquals(Unit.PERCENT, units.fromHeader("预算执行进度(%)").orElseThrow());
        assertEquals(Unit.SQUARE_METRE, units.fromHeader("批复规模 （㎡）").orElseThrow());
        assertTrue(units.fromHeader("年初预算").isEmpty());
    }

    @Test
    void aBareWanIsMoneyOnlyWhereTheTextSpeaksOfMoney() {
        List<NumberMatch> m = reader.findMoney("总成本不超83.32万，车险1.1万元，服务2万人次");
        assertEquals(3, m.size(), m.toString());
        assertEquals(Unit.WAN_YUAN, m.get(0).quantity().unit());
        assertEquals(0, new BigDecimal("83.32").compareTo(m.get(0).quantity().value()));
        assertEquals("83.32", m.get(0).quantity().printed());
        assertEquals(Unit.WAN_YUAN, m.get(1).quantity().unit());
        assertTrue(m.get(2).quantity().unit() != Unit.WAN_YUAN);
        assertTrue(reader.findAll("总成本不超83.32万").isEmpty(), "outside a money context 万 alone is no unit");
    }
}
