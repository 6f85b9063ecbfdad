package org.jixiao.check.units;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Severity;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 元 entered under a 万元 heading, on a real 绩效目标申报表 workbook (松岗街道 2023), read by extract. */
class UnitScaleRuleTest {
    private static final String EAST = "item:社区工作站管理经费(东方社区)";

    @Test
    void aFormsAmountTenThousandTimesItsCostIndicatorFires() throws Exception {
        Report r;
        try (ReportExtractor x = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            r = x.extract(Path.of(getClass().getResource("/targets/songgang-2023-targets-1.xlsx").toURI()));
        }
        final Report report = r;
        // extract reads the form: the project's amounts and its cost indicator, scoped to the project
        Fact amount = r.facts().stream().filter(f -> EAST.equals(f.scope()) && "amount".equals(f.measure())
                && "2023".equals(f.period())).findFirst().orElseThrow(() -> new AssertionError(report.facts().toString()));
        assertEquals(0, new BigDecimal("137584").compareTo(amount.quantity().value()));
        assertEquals(Unit.WAN_YUAN, amount.quantity().unit());
        assertTrue(r.facts().stream().anyMatch(f -> EAST.equals(f.scope()) && "2023-2025".equals(f.period())));
        assertTrue(r.facts().stream().anyMatch(f -> EAST.equals(f.scope()) && "cost-target".equals(f.measure())
                && f.quantity().value().compareTo(new BigDecimal("13.7584")) == 0));
        List<Finding> found = new UnitScaleRule().check(r);
        Finding east = found.stream().filter(f -> f.messageZh().contains("东方社区")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(Severity.ERROR, east.severity());
        assertTrue(east.evidence().stream().anyMatch(e -> "137,584.00".equals(e.quantity().printed())), east.toString());
        assertTrue(east.evidence().stream().allMatch(e -> e.provenance() != null && e.provenance().tableId() != null));
    }

    @Test
    void anAmountInItsRightUnitIsSilent() {
        Fact amount = fact("amount", "13.7584");
        Fact cost = fact("cost-target", "13.7584");
        Report r = new Report("r", null, new ReportMeta(null, null, null, 2023, "targets", null, null, null, null),
                List.of(), List.of(), List.of(), List.of(amount, cost), List.of(), List.of());
        assertFalse(new UnitScaleRule().check(r).stream().anyMatch(f -> f.severity() == Severity.ERROR));
    }

    private static Fact fact(String measure, String value) {
        return new Fact(measure, EAST, "社区工作站管理经费（东方社区）", "2023", "budget-final", Quantity.of(value, Unit.WAN_YUAN),
                "本年度项目金额", Provenance.ofCell("r", "t1", 5, 4, null, "xlsx"));
    }
}
