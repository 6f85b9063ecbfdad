package org.jixiao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.junit.jupiter.api.Test;

class CheckerTest {
    private static Rule rule(String id, int n, Severity s) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String needs() {
                return "nothing";
            }

            @Override
            public List<Finding> check(Report report) {
                List<Finding> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    out.add(new Finding(report.id(), id, s, "x", "x", null, null, null, null, List.of()));
                }
                return out;
            }
        };
    }

    @Test
    void aFailingRuleIsNotEvaluatedAndTheOthersRun() {
        Rule boom = new Rule() {
            @Override
            public String id() {
                return "boom";
            }

            @Override
            public String needs() {
                return "nothing";
            }

            @Override
            public List<Finding> check(Report report) {
                throw new IllegalStateException("bad table");
            }
        };
        Checker c = new Checker(List.of(boom, rule("ok", 1, Severity.ERROR)), List.of(), 10);
        List<Finding> f = c.check(Fixtures.report(List.of(), "x"));
        assertEquals(2, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(Severity.NOT_EVALUATED, f.get(1).severity());
        assertTrue(f.get(1).messageEn().contains("bad table"));
    }

    @Test
    void findingsAreBoundedKeepingTheWorst() {
        Checker c = new Checker(List.of(rule("w", 20, Severity.WARNING), rule("e", 3, Severity.ERROR)), List.of(), 5);
        List<Finding> f = c.check(Fixtures.report(List.of(), "x"));
        assertEquals(5, f.size());
        assertEquals(3, f.stream().filter(x -> x.severity() == Severity.ERROR).count());
        assertEquals("checker.truncated", f.get(4).rule());
    }

    @Test
    void aRuleWhoseInputIsAbsentIsNotEvaluatedWithTheReason() {
        Rule needsTables = new Rule() {
            @Override
            public String id() {
                return "needs.tables";
            }

            @Override
            public String needs() {
                return "tables";
            }

            @Override
            public java.util.Set<RuleInput> requires() {
                return java.util.Set.of(RuleInput.TABLE_LAYOUTS);
            }

            @Override
            public List<Finding> check(Report report) {
                throw new AssertionError("must not run without tables");
            }
        };
        RuleStats stats = new RuleStats();
        Checker c = new Checker(List.of(needsTables, rule("fires", 1, Severity.ERROR), rule("holds", 0, Severity.ERROR)),
                List.of(), 10);
        List<Finding> f = c.check(Fixtures.report(List.of(), "x"), stats);
        RuleTally t = stats.tally("needs.tables");
        assertEquals(0, t.evaluated());
        assertEquals(1, t.notEvaluated());
        assertEquals(java.util.Map.of("no tables", 1L), t.reasons());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals(Checker.NOT_EVALUATED_RULE)
                && x.severity() == Severity.NOT_EVALUATED && x.messageEn().equals("not evaluated (no tables): needs.tables")),
                f.toString());
        assertEquals(1, stats.tally("fires").fired());
        assertEquals(1, stats.tally("holds").held());
        assertEquals(List.of("needs.tables", "fires", "holds"), List.copyOf(stats.byRule().keySet()));
    }

    @Test
    void crossRulesAreNotEvaluatedForADepartmentWithOneReport() {
        RuleStats stats = new RuleStats();
        Checker.standard().checkAll(List.of(Fixtures.report(List.of(), "x")), stats);
        for (CrossReportRule r : RuleSet.crossRules()) {
            assertEquals(java.util.Map.of("one report of the department", 1L), stats.tally(r.id()).reasons());
        }
    }
}
