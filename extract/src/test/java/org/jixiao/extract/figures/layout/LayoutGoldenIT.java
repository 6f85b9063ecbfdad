package org.jixiao.extract.figures.layout;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Report;
import org.jixiao.model.RowNode;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Golden layouts: for one table of every standard kind in the labelled corpus, the table kind, the
 * meaning of each column and the row tree, rendered as text and compared with
 * {@code golden/layouts/<kind>.txt}. A change of meaning shows as a diff here; when it is intended,
 * rerun with {@code -Dgolden.update=true} (writes into src/test/resources) and review the diff.
 */
class LayoutGoldenIT {
    private static final Map<String, Report> REPORTS = new HashMap<>();
    private static ReportExtractor extractor;

    @BeforeAll
    static void open() {
        extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
    }

    @AfterAll
    static void close() throws Exception {
        extractor.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "selfeval.basic-funds|/corpus/selfeval/000_c5690e2b1ac97a5d.docx|表1",
            "selfeval.project-funds|/corpus/selfeval/000_c5690e2b1ac97a5d.docx|表2",
            "selfeval.basedata|/corpus/selfeval/001_cc1de7232e773706.txt|基础数据表",
            "selfeval.scoresheet|/corpus/selfeval/001_cc1de7232e773706.txt|部门整体支出绩效自评表",
            "selfeval.project-scoresheet|/corpus/selfeval/001_cc1de7232e773706.txt|项目支出绩效自评表",
            "fund-statement|/corpus/selfeval/001_cc1de7232e773706.txt|基本养老保险基金预算支出情况表",
            "budget.income-expense|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|收支预算总表",
            "budget.income|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|收入预算总表",
            "budget.expense|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|支出预算总表",
            "budget.fiscal-income-expense|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|财政拨款收支预算总表",
            "budget.fiscal-expense|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|财政拨款支出预算表",
            "budget.fiscal-basic|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|财政拨款基本支出预算表",
            "budget.fund|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|政府性基金支出预算表",
            "budget.general|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|一般公共预算支出预算表",
            "budget.general-basic|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|一般公共预算基本支出预算表",
            "budget.operation|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|机关运行经费",
            "budget.sangong-meeting-training|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|会议费",
            "budget.procurement|/corpus/budget/jiangsu/2017年省检察院部门预算.pdf|政府采购",
            "budget.sangong-operation|/corpus/budget/putuo/上海市普陀区人民政府万里街道办事处24年预算.pdf|三公",
            "budget.performance-targets|/corpus/targets/松岗街道2023_二级项目支出绩效目标申报表(1).xlsx|",
            "final.income-expense|/corpus/templates/附件2：部门决算模板.pdf|收入支出决算总表",
            "final.income|/corpus/templates/附件2：部门决算模板.pdf|收入决算表",
            "final.expense|/corpus/templates/附件2：部门决算模板.pdf|支出决算表",
            "final.fiscal-income-expense|/corpus/templates/附件2：部门决算模板.pdf|财政拨款收入支出决算总表",
            "final.general|/corpus/templates/附件2：部门决算模板.pdf|一般公共预算财政拨款支出决算表",
            "final.general-basic|/corpus/templates/附件2：部门决算模板.pdf|基本支出决算表",
            "final.sangong|/corpus/templates/附件2：部门决算模板.pdf|三公",
            "final.fund|/corpus/templates/附件2：部门决算模板.pdf|政府性基金",
            "final.state-capital|/corpus/templates/附件2：部门决算模板.pdf|国有资本",
    })
    void layoutOfOneTableOfEachStandardKind(String kind, String resource, String captionWord) throws Exception {
        Report r = report(resource);
        String word = captionWord == null ? "" : captionWord;
        Table t = r.tables().stream().filter(x -> x.layout() != null && kind.equals(x.layout().kind())
                        && (x.caption() == null ? "" : x.caption()).contains(word))
                .findFirst().orElseThrow(() -> new AssertionError("no table of kind " + kind + " captioned …"
                        + word + "… in " + resource));
        String actual = render(t);
        if (Boolean.getBoolean("golden.update")) {
            Path golden = Path.of("src/test/resources/golden/layouts", kind + ".txt");
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = LayoutGoldenIT.class.getResourceAsStream("/golden/layouts/" + kind + ".txt")) {
            assertNotNull(in, "no golden file for " + kind + " (run with -Dgolden.update=true)");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
                    "layout of " + kind + " changed; if intended, rerun with -Dgolden.update=true and review the diff");
        }
    }

    private static Report report(String resource) throws Exception {
        Report cached = REPORTS.get(resource);
        if (cached == null) {
            URL url = LayoutGoldenIT.class.getResource(resource);
            assertNotNull(url, resource);
            cached = extractor.extract(Path.of(url.toURI()));
            REPORTS.put(resource, cached);
        }
        return cached;
    }

    /** The layout as text: one line for the table, one per column, one per row node, in print order. */
    static String render(Table t) {
        TableLayout l = t.layout();
        StringBuilder sb = new StringBuilder();
        sb.append("table ").append(t.id()).append(" «").append(oneLine(t.caption())).append("» ")
                .append(t.rows()).append('x').append(t.cols()).append('\n');
        sb.append("kind ").append(l.kind()).append(" | basis ").append(oneLine(l.kindBasis()))
                .append(" | total scope ").append(l.scope()).append(" | qualifiers ").append(l.qualifiers())
                .append(" | header rows ").append(l.headerRows()).append('\n');
        for (ColumnMeaning c : l.columns()) {
            sb.append("col ").append(c.col()).append(' ').append(c.role()).append(" «").append(oneLine(c.header()))
                    .append("» measure=").append(c.measure()).append(" phase=").append(c.phase())
                    .append(" period=").append(c.period()).append(" unit=").append(c.unit() == null ? null : c.unit().symbol())
                    .append(" scope=").append(c.scope()).append(" panel=").append(c.panel())
                    .append(" qualifier=").append(c.qualifier()).append('\n');
        }
        for (RowNode n : l.rows()) {
            sb.append("row ").append(n.row()).append(" p").append(n.panel()).append(' ').append(n.kind())
                    .append(" level=").append(n.level()).append(" parent=").append(n.parent())
                    .append(" code=").append(n.code()).append(" scope=").append(n.scope())
                    .append(" «").append(oneLine(n.label())).append("» basis=").append(oneLine(n.basis())).append('\n');
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "null" : s.replaceAll("\\s+", " ").strip();
    }
}
