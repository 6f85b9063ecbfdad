package org.jixiao.extract.figures.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableKindsTest {
    private final TableKinds kinds = TableKinds.load();

    @Test
    void aCaptionsYearDatesTheFiguresExceptWhereTheDataFileSaysOtherwise() {
        assertTrue(kinds.byId("budget.sangong").orElseThrow().captionDates());
        assertFalse(kinds.byId("budget.performance-targets").orElseThrow().captionDates(),
                "a target form is captioned with its project's name");
        assertFalse(kinds.byId("selfeval.project-scoresheet").orElseThrow().captionDates());
    }

    @Test
    void theLongestSynonymDecides() {
        assertEquals("budget.income-expense", kinds.match("2025年部门财务收支预算总表").orElseThrow().kind().id());
    }

    @Test
    void aFundTableOfFiscalAppropriationsIsAFundTable() {
        // 江苏省 budgets 2017–2019, 公开10表: 财政拨款支出预算表 is a shorter synonym of another kind
        assertEquals("budget.fund", kinds.match("十、2018年度江苏省高级人民法院政府性基金预算财政拨款支出预算表")
                .orElseThrow().kind().id());
        assertEquals("budget.state-capital", kinds.match("2019年度某部门国有资本经营预算财政拨款支出预算表")
                .orElseThrow().kind().id());
        assertEquals("budget.fiscal-expense", kinds.match("五、2018年度江苏省高级人民法院财政拨款支出预算表")
                .orElseThrow().kind().id());
    }

    @Test
    void aLineWithoutItsCaptionDatesColumnIsRefused() {
        byte[] old = "budget.sangong\tsangong\t-\tbudget\t三公经费预算表\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> TableKinds.parse(new ByteArrayInputStream(old)));
    }
}
