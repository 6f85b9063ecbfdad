package org.jixiao.extract.figures;

import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableUnitsTest {
    private final TableUnits units = new TableUnits();

    /** Regression: the 中期规划 amount of every 绩效目标申报表 had no unit, so its facts matched nothing. */
    @Test
    void aUnitAfterAQualifierInBracketsIsTheLabelsUnit() {
        assertEquals(Optional.of(Unit.WAN_YUAN), units.fromHeader("项目总金额（中期规划，万元）："));
        assertEquals(Optional.of(Unit.WAN_YUAN), units.fromHeader("本年度项目金额（万元）："));
        assertEquals(Optional.of(Unit.PERCENT), units.fromHeader("执行率(%)"));
        assertEquals(Optional.empty(), units.fromHeader("项目名称（全称）"));
    }
}
