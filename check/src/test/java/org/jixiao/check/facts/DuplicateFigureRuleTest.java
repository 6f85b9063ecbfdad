package org.jixiao.check.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class DuplicateFigureRuleTest {
    private static Fact fact(String scope, String phase, String v, Unit u, String block) {
        String label = scope.equals("sangong.reception") ? "公务接待费" : scope.equals("sangong.vehicle") ? "公务用车购置及运行费"
                : "人员编制";
        return new Fact("amount", scope, null, "2024", phase, Quantity.of(v, u), label,
                Provenance.ofBlock(Fixtures.RID, block, 1, "sentence").withChars(0, v.length()));
    }

    @Test
    void twoValuesOfOneFigureAreAnError() {
        List<Fact> facts = List.of(fact("sangong.reception", "budget-initial", "30", Unit.WAN_YUAN, "b0"),
                fact("sangong.reception", "budget-initial", "25", Unit.WAN_YUAN, "b0"),
                fact("sangong.reception", "actual", "17.08", Unit.WAN_YUAN, "b0"),
                fact("sangong.reception", "budget-initial", "28", Unit.WAN_YUAN, "b1"),
                fact("sangong.vehicle", "budget-initial", "28", Unit.WAN_YUAN, "b1"));
        List<Finding> f = new DuplicateFigureRule().check(Fixtures.report(2024, List.of(), facts, List.of(), "公务接待费30万元", "公务接待费预算28万元"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("b0", f.get(0).evidence().get(0).provenance().blockId());
        assertEquals("b1", f.get(0).evidence().get(1).provenance().blockId());
        assertEquals("公务接待费预算28万元", f.get(0).evidence().get(1).context());
    }

    @Test
    void sentenceFactsNotNamingTheirScopeOrBeingPartsAreNotCompared() {
        Fact whole = new Fact("amount", "sangong.vehicle", null, "2018", null, Quantity.of("411.20", Unit.WAN_YUAN),
                "2．公务用车购置及运行费预算支出", Provenance.ofBlock(Fixtures.RID, "b0", 1, "sentence"));
        Fact part = new Fact("amount", "sangong.vehicle", null, "2018", null, Quantity.of("0", Unit.WAN_YUAN),
                "（1）公务用车购置预算支出", Provenance.ofBlock(Fixtures.RID, "b1", 1, "sentence"));
        Fact change = new Fact("amount", "sangong.vehicle", null, "2018", null, Quantity.of("5", Unit.WAN_YUAN),
                "公务用车购置及运行费比上年预算增加", Provenance.ofBlock(Fixtures.RID, "b2", 1, "sentence"));
        assertTrue(new DuplicateFigureRule().check(Fixtures.report(2018, List.of(), List.of(whole, part, change), List.of(),
                "a", "b", "c")).isEmpty());
    }

    @Test
    void theSameFigureInAnotherUnitOrPrecisionAgrees() {
        List<Fact> facts = List.of(fact("staff.authorized", "budget-final", "33502.94", Unit.WAN_YUAN, "b0"),
                fact("staff.authorized", "budget-final", "3.35", Unit.YI_YUAN, "b1"));
        assertTrue(new DuplicateFigureRule().check(Fixtures.report(2024, List.of(), facts, List.of(), "a", "b")).isEmpty());
    }

    @Test
    void withoutFactsTheRuleSaysSo() {
        List<Finding> f = new DuplicateFigureRule().check(Fixtures.report(List.of(), "x"));
        assertEquals(Severity.NOT_EVALUATED, f.get(0).severity());
    }
}
