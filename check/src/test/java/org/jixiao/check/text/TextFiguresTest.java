package org.jixiao.check.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Finding;
import org.junit.jupiter.api.Test;

class TextFiguresTest {
    @Test
    void aSentenceBrokenOverTwoBlocksIsReadWholeWithEachFigureInItsBlock() {
        var r = Fixtures.report(List.of(), "省本级失业保险基金预算支出为43.78亿元，其中：失业保险金支出0.24亿元，基本医疗保险费支出",
                "0.06亿元，稳定岗位补贴支出1.58亿元，技能提升补贴支出0.22亿元，其他费用支出0.01亿元，其他支出0.17亿元，转移支出0.02万元，补助下级支出41.48亿元。");
        List<TextFigure> figs = TextFigures.of(r);
        assertEquals(9, figs.size());
        TextFigure second = figs.get(2);
        assertEquals("b1", second.figure().provenance().blockId());
        assertEquals(0, second.figure().provenance().charStart());
        assertEquals("基本医疗保险费支出", second.label());
        List<Finding> f = new MixedUnitRule().check(r);
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void aParagraphEndingItsSentenceIsNotJoined() {
        var r = Fixtures.report(List.of(), "支出为10.00万元。", "其中：甲5.00万元，乙5.00万元。");
        List<TextFigure> figs = TextFigures.of(r);
        assertTrue(figs.stream().noneMatch(f -> f.passage().equals(figs.get(1).passage()) && f != figs.get(1)
                && f.figure().provenance().blockId().equals("b0")));
    }
}
