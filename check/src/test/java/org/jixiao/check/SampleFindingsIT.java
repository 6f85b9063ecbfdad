package org.jixiao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inconsistencies of the sample reports, found by the rules from the extracted reports (not
 * from a list), each with the provenance of both sides; and no error where the figures agree.
 */
class SampleFindingsIT {
    private static final Path SAMPLES = Path.of("..", "samples", "selfeval");
    private static ReportExtractor extractor;
    private final Checker checker = Checker.standard();

    @BeforeAll
    static void open() {
        extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private List<Finding> check(String file) {
        Report r = extractor.extract(SAMPLES.resolve(file));
        assertFalse(r.failed(), file + ": " + r.diagnostics());
        return checker.check(r);
    }

    private static Finding one(List<Finding> fs, String rule, Predicate<Finding> p) {
        List<Finding> m = fs.stream().filter(f -> f.rule().equals(rule) && f.severity() == Severity.ERROR)
                .filter(p).toList();
        assertEquals(1, m.size(), rule + " in " + fs);
        return m.get(0);
    }

    private static boolean printed(Evidence e, String s) {
        return e.quantity() != null && s.equals(e.quantity().printed());
    }

    private static Predicate<Finding> firstIs(String printed) {
        return f -> !f.evidence().isEmpty() && printed(f.evidence().get(0), printed);
    }

    private static void located(Evidence e) {
        assertNotNull(e.provenance(), e.toString());
        assertTrue(e.provenance().tableId() != null || e.provenance().blockId() != null, e.toString());
        if (e.provenance().tableId() == null) {
            assertNotNull(e.provenance().charStart(), e.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c5690e2b1ac97a5d.txt", "000_c5690e2b1ac97a5d.docx", "000_c5690e2b1ac97a5d.html",
            "000_c5690e2b1ac97a5d.pdf"})
    void report000(String file) {
        List<Finding> fs = check(file);
        // 表1 合计 of 全年预算 14,344.80 against the column's sum 14,345.30
        Finding t1 = one(fs, "table.column-sum", firstIs("14,344.80"));
        assertTrue(t1.expected().lo().compareTo(new BigDecimal("14345.30")) < 0
                && t1.expected().hi().compareTo(new BigDecimal("14345.30")) > 0, t1.toString());
        assertEquals(9, t1.evidence().size());
        t1.evidence().forEach(e -> assertNotNull(e.provenance().tableId(), e.toString()));
        // 表3 合计 row: the totals of 年初预算 and 本年调整 swapped
        Finding swap = one(fs, "table.column-sum", f -> f.messageZh().contains("互换"));
        assertTrue(printed(swap.evidence().get(0), "10,364.82") && printed(swap.evidence().get(1), "6,648.56"), swap.toString());
        // 失业保险基金 预算支出: 转移支出 printed in 万元 among 亿元 parts
        Finding unit = one(fs, "unit.mixed", firstIs("43.78"));
        Evidence odd = unit.evidence().stream().filter(e -> e.role().equals("odd-unit-part")).findFirst().orElseThrow();
        assertEquals("0.02", odd.quantity().printed());
        assertEquals("万元", odd.quantity().unit().symbol());
        located(odd);
        // 编制数 371 (section 一) vs 372 (section 三), printed twice with two values …
        Finding twice = one(fs, "figure.duplicate", firstIs("371"));
        assertTrue(printed(twice.evidence().get(1), "372"), twice.toString());
        twice.evidence().forEach(SampleFindingsIT::located);
        assertTrue(twice.evidence().get(0).context().contains("编制数371名"), twice.toString());
        // … and the control rate 93.28% is 347/372, not 347/371
        Finding staff = one(fs, "ratio.control-rate", firstIs("93.28"));
        assertTrue(staff.evidence().stream().anyMatch(e -> printed(e, "371")), staff.toString());
        staff.evidence().forEach(SampleFindingsIT::located);
        // rounding is no alarm: 13,775.90 + 15,224.63 vs 29,000.52
        assertTrue(fs.stream().noneMatch(f -> f.severity() == Severity.ERROR
                && f.evidence().stream().anyMatch(e -> printed(e, "29,000.52"))), fs.toString());
        // every error is one checked by hand against the document
        Set<String> errors = fs.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.rule() + " " + f.evidence().get(0).quantity().printed()).collect(Collectors.toSet());
        assertEquals(Set.of("table.column-sum 14,344.80", "table.column-sum 19,158.14", "table.column-sum 10,364.82",
                "table.budget-identity 14,344.80", "table.budget-identity 569.40", "table.budget-identity 19,158.14",
                "table.budget-identity 3,933.01", "text.parts-sum 347", "text.parts-sum 14,344.80",
                "text.parts-sum 19,158.14", "text.parts-sum 33,502.94", "unit.mixed 43.78", "ratio.control-rate 93.28",
                "figure.duplicate 371"),
                errors);
    }

    @Test
    void report001() {
        List<Finding> fs = check("001_cc1de7232e773706.txt");
        // 附件12 工伤保险 实际: 期初 83.375 + 当期结余 −3.843 ≠ 期末滚存结余 75.588
        Finding fund = one(fs, "fund.roll-forward", firstIs("75.588"));
        assertTrue(fund.evidence().stream().anyMatch(e -> printed(e, "83.375")));
        assertTrue(fund.evidence().stream().anyMatch(e -> printed(e, "-3.843")));
        fund.evidence().forEach(e -> assertNotNull(e.provenance().row(), e.toString()));
        assertEquals(0, new BigDecimal("-3.9425").compareTo(fund.difference()));
        // the 2023 score sheets in the 2024 report, and 附件14 captioned 2024 with 2023 budget columns
        assertEquals(3, fs.stream().filter(f -> f.rule().equals("year.mismatch") && f.severity() == Severity.ERROR).count());
        // 附件7: an indicator scored 10 with a weight of 5
        Finding score = one(fs, "score.sheet", f -> f.messageZh().contains("高于"));
        assertTrue(printed(score.evidence().get(0), "10") && printed(score.evidence().get(1), "5"), score.toString());
        assertNotNull(score.evidence().get(0).provenance().tableId());
        // the budget columns of the same statement roll forward within rounding: no finding
        assertTrue(fs.stream().noneMatch(f -> f.severity() == Severity.ERROR
                && f.evidence().stream().anyMatch(e -> printed(e, "79.251"))), fs.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"003_d7c6b592d197c283.txt", "003_d7c6b592d197c283.docx", "003_d7c6b592d197c283.html",
            "003_d7c6b592d197c283.pdf"})
    void report003(String file) {
        List<Finding> fs = check(file);
        // 公务接待费 budget printed as 28 (text) and as 30 (base data table)
        Finding twice = one(fs, "figure.duplicate", firstIs("28"));
        assertTrue(printed(twice.evidence().get(1), "30"), twice.toString());
        assertNotNull(twice.evidence().get(1).provenance().tableId());
        assertNotNull(twice.evidence().get(0).provenance().blockId());
        assertNotNull(twice.evidence().get(0).provenance().charStart());
        // the fund statement in the text, the 三公 parts and the execution rate all agree: nothing else is an error
        assertEquals(1, fs.stream().filter(f -> f.severity() == Severity.ERROR).count(), fs.toString());
    }
}
