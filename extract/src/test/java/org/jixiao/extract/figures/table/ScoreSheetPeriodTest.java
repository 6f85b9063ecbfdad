package org.jixiao.extract.figures.table;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression: 001 (a 2024 self-evaluation) prints two of its project score sheets as "2023年度项目支出
 * 绩效自评表"; their figures are the report's year, the caption's year is a slip.
 */
class ScoreSheetPeriodTest {
    @Test
    void aScoreSheetsFiguresAreOfTheReportsYearWhateverItsCaptionSays() throws Exception {
        Report r;
        try (ReportExtractor x = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            r = x.extract(Path.of(getClass().getResource("/corpus/selfeval/001_cc1de7232e773706.txt").toURI()));
        }
        Fact initial = r.facts().stream().filter(f -> "item:运行维护经费项目".equals(f.scope())
                && "budget-initial".equals(f.phase()) && "amount".equals(f.measure())).findFirst().orElseThrow();
        assertEquals("2024", initial.period());
        assertEquals(0, new BigDecimal("938.76").compareTo(initial.quantity().value()));
        assertTrue(r.tables().stream().anyMatch(t -> t.caption() != null && t.caption().startsWith("2023年度项目支出")),
                "the caption still prints 2023");
    }
}
