package org.jixiao.check.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Finding;
import org.jixiao.model.Severity;
import org.junit.jupiter.api.Test;

class BudgetIdentityRuleTest {
    @Test
    void consistentRowsPass() {
        List<Finding> f = new BudgetIdentityRule().check(Fixtures.report(List.of(ColumnSumRuleTest.table1("10,627.17"))));
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void totalRowBreakingTheIdentityFires() {
        List<Finding> f = new BudgetIdentityRule().check(Fixtures.report(List.of(ColumnSumRuleTest.table1("10,626.67"))));
        // 10,050.88 + 576.29 ≠ 10,626.67 and 10,626.67 − 10,153.43 ≠ 473.74
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR));
        assertEquals(4, f.get(0).evidence().get(0).provenance().row());
    }
}
