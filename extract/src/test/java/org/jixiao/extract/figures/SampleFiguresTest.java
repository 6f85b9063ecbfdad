package org.jixiao.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Block;
import org.jixiao.model.Fact;
import org.jixiao.model.Indicator;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The figures of issue 3's "Done when" on the sample reports, through the real extractors: values
 * and provenance, and the same answers from each format of a report.
 */
class SampleFiguresTest {
    private static ReportExtractor extractor;
    private static final Map<String, Report> CACHE = new HashMap<>();

    @BeforeAll
    static void setUp() {
        extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
    }

    @AfterAll
    static void tearDown() {
        extractor.close();
    }

    static synchronized Report report(String name) {
        return CACHE.computeIfAbsent(name, n -> extractor.extract(Samples.selfeval(n)));
    }

    private static Fact one(Report r, String measure, String scope, String phase, String value) {
        Predicate<Fact> p = f -> measure.equals(f.measure()) && scope.equals(f.scope())
                && (phase == null ? f.phase() == null : phase.equals(f.phase()))
                && f.quantity().value().compareTo(new BigDecimal(value)) == 0;
        return r.facts().stream().filter(p).findFirst().orElseThrow(() -> new AssertionError(
                "no " + measure + "/" + scope + "/" + phase + "=" + value + " in " + r.source().fileName()));
    }

    /** The printed text a sentence fact points at. */
    private static String quoted(Report r, Fact f) {
        Provenance p = f.provenance();
        Block b = r.blocks().stream().filter(x -> x.id().equals(p.blockId())).findFirst().orElseThrow();
        return b.text().substring(p.charStart(), p.charEnd());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c5690e2b1ac97a5d.txt", "000_c5690e2b1ac97a5d.docx", "000_c5690e2b1ac97a5d.html",
            "000_c5690e2b1ac97a5d.pdf"})
    void report000(String file) {
        Report r = report(file);
        assertFalse(r.failed(), r.diagnostics().toString());
        Fact budget = one(r, "amount", "total", "budget-final", "33502.94");
        assertEquals(Unit.WAN_YUAN, budget.quantity().unit());
        assertEquals(2, budget.quantity().decimals());
        assertEquals("33,502.94万元", quoted(r, budget));
        assertEquals("sentence", budget.provenance().extractor());
        assertEquals("29,000.52万元", quoted(r, one(r, "amount", "total", "actual", "29000.52")));
        assertEquals("86.56%", quoted(r, one(r, "rate", "total", "rate", "86.56")));
        // 基本支出: the sentence and 表1's 合计 row
        one(r, "amount", "basic", "budget-final", "14344.80");
        Fact basicActual = r.facts().stream().filter(f -> "basic".equals(f.scope()) && "actual".equals(f.phase())
                && f.provenance().tableId() != null).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("13775.90").compareTo(basicActual.quantity().value()));
        assertEquals(9, basicActual.provenance().row());
        assertEquals("250.40万元", quoted(r, one(r, "amount", "sangong", "budget-final", "250.40")));
        assertEquals("138.58万元", quoted(r, one(r, "amount", "sangong", "actual", "138.58")));
        Fact staff = one(r, "count", "staff.actual", null, "347");
        assertEquals(Unit.PERSON, staff.quantity().unit());
        Fact fund = one(r, "balance-end", "fund:unemployment", "actual", "113.21");
        assertEquals(Unit.YI_YUAN, fund.quantity().unit());
        assertEquals("113.21亿元", quoted(r, fund));
        assertEquals("96.81分", quoted(r, one(r, "score", "total", null, "96.81")));
        Fact change = one(r, "change", "sangong", "change", "-44.37");
        assertEquals("44.37", change.quantity().printed());
        assertEquals(0, new BigDecimal("96.81").compareTo(r.meta().selfScore().value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c5690e2b1ac97a5d.docx", "000_c5690e2b1ac97a5d.html", "000_c5690e2b1ac97a5d.pdf"})
    void report000GivesTheSameFactsInEveryFormat(String file) {
        assertEquals(keys(report("000_c5690e2b1ac97a5d.txt")), keys(report(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"003_d7c6b592d197c283.docx", "003_d7c6b592d197c283.html", "003_d7c6b592d197c283.pdf"})
    void report003GivesTheSameFactsInEveryFormat(String file) {
        assertEquals(keys(report("003_d7c6b592d197c283.txt")), keys(report(file)));
    }

    private static List<String> keys(Report r) {
        return r.facts().stream().map(f -> f.measure() + "|" + f.scope() + "|" + f.phase() + "|" + f.period() + "|"
                + f.quantity().value().toPlainString() + f.quantity().unit().symbol()).sorted().collect(Collectors.toList());
    }

    @Test
    void table1Of000HasEachUnitRowAsUnitTimesPhaseFacts() {
        Report r = report("000_c5690e2b1ac97a5d.docx");
        String t0 = r.tables().get(0).id();
        List<Fact> rows = r.facts().stream().filter(f -> t0.equals(f.provenance().tableId())).toList();
        assertEquals(8, rows.stream().map(Fact::scope).filter(s -> s.startsWith("unit:")).distinct().count());
        assertEquals(45, rows.size(), "8 unit rows and 合计, 5 printed phases each");
        Fact exam = rows.stream().filter(f -> "unit:湖南省人事考试院".equals(f.scope()) && "carryover-end".equals(f.phase()))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("354.62").compareTo(exam.quantity().value()));
        assertEquals(7, exam.provenance().col());
    }

    @ParameterizedTest
    @ValueSource(strings = {"003_d7c6b592d197c283.txt", "003_d7c6b592d197c283.docx", "003_d7c6b592d197c283.html",
            "003_d7c6b592d197c283.pdf"})
    void report003(String file) {
        Report r = report(file);
        assertEquals("益阳市人力资源和社会保障局", r.meta().department());
        assertEquals("city", r.meta().level());
        assertEquals(2024, r.meta().fiscalYear());
        Fact budget = one(r, "amount", "total", "budget-final", "5260.65");
        assertNotNull(budget.provenance().tableId());
        one(r, "amount", "total", "actual", "4624.56");
        Fact rate = one(r, "rate", "total", "rate", "87.90");
        assertEquals(2, rate.quantity().decimals());
        one(r, "amount", "sangong", "budget-initial", "58");
        one(r, "amount", "sangong", "budget-final", "58");
        one(r, "amount", "sangong", "actual", "39.76");
        one(r, "score", "total", null, "98.79");
        List<Indicator> ind = r.indicators();
        assertEquals(13, ind.size(), ind.toString());
        Indicator first = ind.stream().filter(i -> "企业劳动合同签订率".equals(i.level3())).findFirst().orElseThrow();
        assertEquals("产出指标", first.level1());
        assertEquals("≥90%", first.target());
        assertEquals("90%", first.actual());
        assertEquals(0, new BigDecimal("5").compareTo(first.weight().value()));
        assertNotNull(first.provenance().tableId());
        BigDecimal weights = ind.stream().map(i -> i.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("100").compareTo(weights), "the weights of the sheet add to 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海市普陀区商务委员会25年预算.pdf|上海市普陀区商务委员会|county|2025",
            "江苏省人大常委会办公厅2019年部门预算公开表.pdf|江苏省人大常委会办公厅|province|2019"})
    void budgetDisclosures(String spec) {
        String[] f = spec.split("\\|");
        Report r = extractor.extract(java.nio.file.Path.of("..", "samples", "budget", f[0]));
        assertEquals(f[1], r.meta().department());
        assertEquals(f[2], r.meta().level());
        assertEquals(Integer.valueOf(f[3]), r.meta().fiscalYear());
        assertEquals("budget", r.meta().kind());
        assertNotNull(r.meta().provenance().get("department"));
        assertTrue(r.facts().stream().filter(x -> x.scope() != null && "budget-final".equals(x.phase())).count() > 100,
                "a budget disclosure's money figures are budget figures");
    }

    @Test
    void report001() {
        Report r = report("001_cc1de7232e773706.txt");
        Fact staff = one(r, "count", "staff.authorized", null, "370");
        assertNotNull(staff.provenance().tableId());
        Fact project = one(r, "amount", "project", "actual", "13804.52");
        assertEquals("2024", project.period());
        Fact end = one(r, "balance-end", "fund:pension-enterprise", "actual", "1806.43");
        assertEquals(Unit.YI_YUAN, end.quantity().unit());
        Fact total = one(r, "score", "total", null, "96.48");
        assertTrue(total.label().contains("部门整体支出绩效自评表"), total.label());
        List<Indicator> sheet = r.indicators().stream().filter(i -> i.sheet().contains("部门整体支出绩效自评表")).toList();
        assertTrue(sheet.size() >= 50, "indicators of 附件2: " + sheet.size());
        Indicator satisfaction = sheet.stream().filter(i -> "社会公众或服务对象满意度".equals(i.level3())).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("10").compareTo(satisfaction.weight().value()));
        assertEquals(0, new BigDecimal("8").compareTo(satisfaction.score().value()));
        Indicator execution = sheet.get(0);
        assertEquals("预算执行率", execution.level1());
        assertEquals(0, new BigDecimal("8.66").compareTo(execution.score().value()));
        Indicator control = sheet.get(1);
        assertEquals("在职人员控制率", control.level3());
        assertEquals("产出指标", control.level1());
        assertEquals("数量指标", control.level2());
    }

    @Test
    void projectScoreSheetTotalsBelongToTheirProjectNotTheDepartment() {
        // 001's 附件3-1…5 are one-project sheets whose 年度资金总额 row is that project's money
        Report r = report("001_cc1de7232e773706.txt");
        List<Fact> totalRates = r.facts().stream()
                .filter(f -> "total".equals(f.scope()) && "rate".equals(f.phase())).toList();
        List<String> values = totalRates.stream().map(f -> f.quantity().value().toPlainString()).toList();
        assertTrue(values.contains("86.60"), "附件2 (the department sheet) states the department's rate: " + values);
        for (String projectRate : List.of("86.59", "100", "72.67")) {
            assertFalse(values.contains(projectRate), "a project sheet's rate is not the department's: " + values);
        }
        Fact project = one(r, "rate", "item:业务工作经费项目", "rate", "86.59");
        assertNotNull(project.provenance().tableId());
        assertNotNull(project.provenance().row());
    }
}
