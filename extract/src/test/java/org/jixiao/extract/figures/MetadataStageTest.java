package org.jixiao.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.meta.DepartmentDictionary;
import org.jixiao.extract.figures.meta.DepartmentFinder;
import org.jixiao.extract.figures.meta.MetadataStage;
import org.jixiao.extract.figures.meta.RegionLevel;
import org.jixiao.model.Block;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetadataStageTest {
    private static MetadataStage stage;
    private static DepartmentFinder finder;

    @BeforeAll
    static void setUp() {
        finder = new DepartmentFinder(DepartmentDictionary.load());
        stage = new MetadataStage(finder, Vocabulary.load(), new NumberReader());
    }

    private static ReportMeta meta(Report r) throws Exception {
        return stage.apply(r, new ExtractContext(r.id(), "x", "text/plain", ExtractLimits.defaults())).meta();
    }

    @Test
    void report000IsTheProvincialHrDepartmentFor2025() throws Exception {
        Report r = TabDumpFixture.read(Samples.selfeval("000_c5690e2b1ac97a5d.txt"));
        ReportMeta m = meta(r);
        assertEquals("湖南省人力资源和社会保障厅", m.department());
        assertEquals("湖南省", m.region());
        assertEquals("province", m.level());
        assertEquals(2025, m.fiscalYear());
        assertEquals("selfeval-report", m.kind());
        assertEquals(new BigDecimal("96.81"), m.selfScore().value());
        assertEquals("优", m.grade());
        Provenance dep = m.provenance().get("department");
        assertEquals("b0", dep.blockId());
        assertEquals("湖南省人力资源和社会保障厅", r.blocks().get(0).text().substring(dep.charStart(), dep.charEnd()));
        Provenance score = m.provenance().get("selfScore");
        Block scored = r.blocks().stream().filter(b -> b.id().equals(score.blockId())).findFirst().orElseThrow();
        assertEquals("96.81", scored.text().substring(score.charStart(), score.charEnd()));
        assertNotNull(m.provenance().get("fiscalYear"));
    }

    @Test
    void report003IsTheCityHrBureauFor2024NotThePublishingYear() throws Exception {
        Report r = TabDumpFixture.read(Samples.selfeval("003_d7c6b592d197c283.txt"));
        ReportMeta m = meta(r);
        // the title has no department; 益阳市财政局 is only named inside 《…》
        assertEquals("益阳市人力资源和社会保障局", m.department());
        assertEquals("益阳市", m.region());
        assertEquals("city", m.level());
        assertEquals(2024, m.fiscalYear());
        assertEquals("selfeval-report", m.kind());
        assertEquals(new BigDecimal("98.79"), m.selfScore().value());
        assertEquals("优", m.grade());
    }

    @Test
    void report001AttachmentsAreTheProvincialDepartmentFor2024() throws Exception {
        Report r = TabDumpFixture.read(Samples.selfeval("001_cc1de7232e773706.txt"));
        ReportMeta m = meta(r);
        assertEquals("湖南省人力资源和社会保障厅", m.department());
        assertEquals("province", m.level());
        assertEquals(2024, m.fiscalYear());
        assertEquals("selfeval-basedata", m.kind());
    }

    @Test
    void budgetFileNamesGiveDepartmentYearAndKind() throws Exception {
        Report r = new Report("x", new Source("p", "上海市普陀区商务委员会25年预算.pdf", "application/pdf", 1, "x"), null,
                List.of(Block.paragraph("b0", "目录", null)), List.of(), List.of(), List.of(), List.of(), List.of());
        ReportMeta m = meta(r);
        assertEquals("上海市普陀区商务委员会", m.department());
        assertEquals("上海市普陀区", m.region());
        assertEquals("county", m.level());
        assertEquals(2025, m.fiscalYear());
        assertEquals("budget", m.kind());
        assertEquals("filename", m.provenance().get("fiscalYear").extractor());
    }

    /** Regression: a year standing alone in a file name was ignored and a 2022 contract date in the text won. */
    @Test
    void aYearAloneInAFileNameIsTheFiscalYearButADateIsNot() throws Exception {
        Report form = new Report("x", new Source("p", "松岗街道2023_二级项目支出绩效目标申报表(2).xlsx",
                "application/vnd.ms-excel", 1, "x"), null,
                List.of(Block.paragraph("b0", "会计档案专业服务管理，合同一年一签（2022年度4月-2023年3月），半年支付一次，共15万元。", null)), List.of(), List.of(), List.of(),
                List.of(), List.of());
        ReportMeta m = meta(form);
        assertEquals(2023, m.fiscalYear());
        assertEquals("targets", m.kind());
        Report dated = new Report("y", new Source("p", "2023-05-12公告.pdf", "application/pdf", 1, "y"), null,
                List.of(Block.paragraph("b0", "2022年度部门决算", null)), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(2022, meta(dated).fiscalYear());
    }

    @Test
    void regionAndLevelFromNames() {
        assertEquals(new RegionLevel("上海市普陀区", "township"), RegionLevel.of("上海市普陀区人民政府万里街道办事处"));
        assertEquals(new RegionLevel("上海市", "province"), RegionLevel.of("上海市财政局"));
        assertEquals(new RegionLevel("江苏省", "province"), RegionLevel.of("中共江苏省委办公厅"));
        assertEquals(new RegionLevel("湖南省株洲市芦淞区", "county"), RegionLevel.of("湖南省株洲市芦淞区教育局"));
        assertEquals(new RegionLevel("长沙县", null), new RegionLevel("长沙县", null));
    }

    @Test
    void unknownDepartmentsAreFoundByHanlpAndThePlaceRule() {
        assertEquals("株洲市芦淞区教育局", finder.find("株洲市芦淞区教育局2023年度部门整体支出绩效自评报告").orElseThrow().fullName());
        assertEquals("益阳市人力资源和社会保障局", finder.find("益阳市人力资源和社会保障局局本级").orElseThrow().fullName());
        assertEquals("江苏省人大常委会办公厅", finder.find("江苏省人大办公厅2017年度预算公开").orElseThrow().fullName());
    }
}
