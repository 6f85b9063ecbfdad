package org.jixiao.check.comparative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.check.Fixtures;
import org.jixiao.check.RuleTally;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

/** Direction words against the figures compared, as relations of sentences printed in the corpus. */
class DirectionRuleTest {
    private static final Vocabulary VOCABULARY = Vocabulary.load();

    private static RelationTerm term(String role, int sign, String v, int start) {
        return new RelationTerm(null, role, sign, Quantity.of(v, Unit.WAN_YUAN), role,
                Provenance.ofBlock(Fixtures.RID, "b0", 23, "sentence").withChars(start, start + v.length()), "s");
    }

    private static Report report(String cue, String current, String base) {
        Relation r = new Relation("r0", "ratio.change-rate", term("printed", 1, "1", 0),
                List.of(new Reading("base: last year's budget", List.of(term("current", 1, current, 10),
                        term("base", -1, base, 30)), List.of())), "sentence", cue,
                VOCABULARY.oneOf("direction", cue).orElse(null)); // the direction as extract reads it
        return Fixtures.report(List.of(), "x").withRelations(List.of(r));
    }

    @Test
    void aStatedIncreaseThatIsADecrease() {
        // 江苏省人民检察院 2017: "本年数小于上年预算数" with 700 against 720 agrees; with 720 against 700 it does not
        RuleTally t = new RuleTally();
        assertEquals(List.of(), new DirectionRule().check(report("本年数小于上年预算数", "700", "720"), t));
        assertEquals(1, t.held());
        List<Finding> f = new DirectionRule().check(report("本年数小于上年预算数", "720", "700"), t);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("current", "base"), f.get(0).evidence().stream().map(e -> e.role()).toList());
        assertTrue(f.get(0).messageZh().contains("本年数小于上年预算数"));
    }

    @Test
    void levelWithinRoundingIsLevel() {
        // 上海市普陀区社会福利院 2024: "公务用车购置及运行费6.40万元，与2023年预算持平"
        assertEquals(List.of(), new DirectionRule().check(report("与2023年预算持平", "6.40", "6.4"), new RuleTally()));
        List<Finding> f = new DirectionRule().check(report("与2023年预算持平", "6.40", "6.42"), new RuleTally());
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity(), "one unit of the last digit: a warning");
    }

    @Test
    void aCueWithoutOneDirectionIsNotJudged() {
        assertEquals(null, DirectionRule.direction(VOCABULARY.oneOf("direction", "有增有减").orElse(null)));
        assertEquals(DirectionRule.Direction.UP, DirectionRule.direction(VOCABULARY.oneOf("direction", "比上年预算增加").orElse(null)));
        assertEquals(List.of(), new DirectionRule().check(report("增减变动", "720", "700"), new RuleTally()));
    }
}
