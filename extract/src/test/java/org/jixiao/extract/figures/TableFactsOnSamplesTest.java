package org.jixiao.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.extract.figures.layout.TableKinds;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.table.TableFactStage;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;

/** Table facts on the Word text dump of 000 (read by the test fixture, independent of the text extractor). */
class TableFactsOnSamplesTest {
    private static List<Fact> facts(String sample) throws Exception {
        Report r = TabDumpFixture.read(Samples.selfeval(sample));
        TableFactStage stage = new TableFactStage(new NumberReader(), new TableUnits(), Vocabulary.load(), TableKinds.load());
        return stage.apply(r, new ExtractContext(r.id(), "x", "text/plain", ExtractLimits.defaults())).facts();
    }

    @Test
    void table1OfReport000GivesEveryUnitRowAsUnitTimesPhaseFacts() throws Exception {
        List<Fact> t0 = facts("000_c5690e2b1ac97a5d.txt").stream()
                .filter(f -> "t0".equals(f.provenance().tableId())).toList();
        Set<String> units = t0.stream().map(Fact::scope).filter(s -> s.startsWith("unit:")).collect(Collectors.toSet());
        assertEquals(8, units.size(), units.toString());
        // 8 unit rows and 合计: 5 printed phases each (上年结转 is "-" or blank in 表1)
        assertEquals(45, t0.size());
        Fact total = t0.stream().filter(f -> "basic".equals(f.scope()) && "budget-final".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("14344.80"), total.quantity().value());
        assertEquals(9, total.provenance().row());
        assertEquals(5, total.provenance().col());
        Fact actual = t0.stream().filter(f -> "basic".equals(f.scope()) && "actual".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("13775.90"), actual.quantity().value());
        Fact unit = t0.stream().filter(f -> "unit:湖南省人事考试院".equals(f.scope()) && "carryover-end".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("354.62"), unit.quantity().value());
        assertEquals(8, unit.provenance().row());
    }

    @Test
    void table3ItemsAreProjectLines() throws Exception {
        List<Fact> t2 = facts("000_c5690e2b1ac97a5d.txt").stream()
                .filter(f -> "t2".equals(f.provenance().tableId())).toList();
        long items = t2.stream().map(Fact::scope).filter(s -> s.startsWith("item:")).distinct().count();
        assertEquals(43, items);
        Fact total = t2.stream().filter(f -> "project".equals(f.scope()) && "actual".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("15224.63"), total.quantity().value());
        Fact negative = t2.stream().filter(f -> "item:流动人员人事档案专项经费".equals(f.scope())
                && "budget-initial".equals(f.phase())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("-5.29"), negative.quantity().value());
    }
}
