package org.jixiao.check.relation;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Finding;
import org.jixiao.model.Relation;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 成本 indicators of a real 绩效目标申报表 workbook (松岗街道 2023) against the project's amount. */
class CostCeilingRuleTest {
    private static Report report;
    private static List<Finding> found;

    @BeforeAll
    static void extract() throws Exception {
        try (ReportExtractor x = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            report = x.extract(Path.of(CostCeilingRuleTest.class.getResource("/targets/songgang-2023-targets-0.xlsx").toURI()));
        }
        found = new CostCeilingRule().check(report);
    }

    @Test
    void extractBuildsTheRelationWithItsOriginAndCue() {
        Relation r = report.relations().stream().filter(x -> CostCeilingRule.ID.equals(x.rule())
                && x.result().context().contains("楼岗社区工作站") && x.result().context().startsWith("社区工作站管理经费"))
                .findFirst().orElseThrow();
        assertEquals("form", r.origin());
        assertTrue(r.cue().startsWith("成本指标"), r.cue());
        assertEquals("amount", r.result().role());
        assertEquals(5, r.result().provenance().row());
        assertTrue(r.readings().get(0).terms().stream().allMatch(t -> "ceiling".equals(t.role())
                && t.provenance().tableId().equals(r.result().provenance().tableId())));
    }

    @Test
    void anAmountOfZeroBesideACostTargetFires() {
        Finding f = only("社区工作站管理经费（红星社区工作站）」");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.messageZh().contains("0.00万元") && f.messageZh().contains("164.8247万元"), f.messageZh());
        assertTrue(f.evidence().stream().allMatch(e -> e.provenance() != null && e.provenance().row() != null));
    }

    @Test
    void anAmountAboveTheTotalCostCeilingFiresAsItWasMeant() {
        // printed 894,350 under 万元 (元 in truth: the units rule says so); as meant 89.435 万元 > 总成本 83.32 万元
        Finding f = only("社区工作站管理经费（楼岗社区工作站）」");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.messageZh().contains("89.435万元") && f.messageZh().contains("83.32万元"), f.messageZh());
    }

    @Test
    void aCeilingMetOrOfOnePartOnlyIsSilent() {
        // 11. 楼岗: 51.71 万元 as meant, 成本 不超过51.71万一年; 6. 潭头: 保洁成本 (a part) 30 万元
        assertFalse(found.stream().anyMatch(f -> f.messageZh().contains("物业后勤类社区工作站经费）楼岗社区工作站")), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.messageZh().contains("物业后勤类社区工作站经费）潭头社区工作站")), found.toString());
        assertEquals(4, found.size(), found.toString());
    }

    /** Regression: a year in a project's name (下达2022年…) dated its amounts 2022, so no relation was built. */
    @Test
    void aYearInTheProjectsNameDoesNotDateTheForm() throws Exception {
        Report nine;
        try (ReportExtractor x = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            nine = x.extract(Path.of(CostCeilingRuleTest.class.getResource("/targets/songgang-2023-targets-9.xlsx").toURI()));
        }
        List<Finding> fs = new CostCeilingRule().check(nine).stream()
                .filter(f -> f.messageZh().contains("下达2022年美术馆")).toList();
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).messageZh().contains("1.5万元"), fs.get(0).messageZh());
    }

    private static Finding only(String subject) {
        List<Finding> fs = found.stream().filter(f -> f.messageZh().contains(subject)).toList();
        assertEquals(1, fs.size(), found.toString());
        return fs.get(0);
    }
}
