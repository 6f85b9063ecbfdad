package org.jixiao.extract.figures.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostWordsTest {
    private static List<String> at(String text, String figure) {
        int i = text.indexOf(figure);
        return CostWords.qualifiers(text, i, i + figure.length());
    }

    @Test
    void perUnitAndFloorsAreNotCeilingsOfTheYear() {
        assertEquals(List.of("per-unit"), at("每人每月不超过500元", "500元"));
        assertEquals(List.of("per-unit"), at("单价不超过2万元/台", "2万元"));
        assertEquals(List.of("per-unit"), at("维修费2万元/次", "2万元"));
        assertEquals(List.of("floor"), at("投入不低于30万元", "30万元"));
        assertEquals(List.of(), at("不超过30万一年", "30万"));
        assertEquals(List.of(), at("每年成本不超过324000元", "324000元"));
        assertEquals(List.of(), at("≤1256.4万元/年", "1256.4万元"));
        assertEquals(List.of(), at("单价已定，总成本不高于80万", "80万"), "the clause before the comma is another figure's");
    }

    @Test
    void wholeProjectIndicatorsAreToldFromThoseOfAPart() {
        assertTrue(CostWords.wholeProject("总成本", "不超过83.32万"));
        assertTrue(CostWords.wholeProject("项目成本", "≤15万元"));
        assertTrue(CostWords.wholeProject("社区阅读中心运营", "总成本不超过15万"));
        assertFalse(CostWords.wholeProject("整治队宿舍总成本", "不超过6.72万元"));
        assertFalse(CostWords.wholeProject("保洁成本", "不超过35万一年"));
        assertFalse(CostWords.wholeProject("案件打印成本", "小于等于1万元"));
    }
}
