package org.jixiao.extract.figures.same;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.extract.figures.sentence.FigureBlockFilter;
import org.jixiao.extract.figures.sentence.SentenceFactStage;
import org.jixiao.model.Basis;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Relation;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Unit;
import org.junit.jupiter.api.Test;

class SameFigureStageTest {
    private final SentenceFactStage sentences = new SentenceFactStage(new NumberReader(), Vocabulary.load(), FigureBlockFilter.all());
    private final SameFigureStage stage = new SameFigureStage();
    private final ExtractContext ctx = new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults());

    private Report report(List<Fact> tableFacts, String kind, String... paragraphs) throws Exception {
        return report(List.of(), tableFacts, kind, paragraphs);
    }

    private Report report(List<Table> tables, List<Fact> tableFacts, String kind, String... paragraphs) throws Exception {
        return report(2025, tables, tableFacts, kind, paragraphs);
    }

    private Report report(int year, List<Table> tables, List<Fact> tableFacts, String kind, String... paragraphs) throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            String id = "b" + blocks.size();
            blocks.add(new Block(id, BlockType.PARAGRAPH, p, -1, null, List.of(), null, Provenance.ofBlock("r", id, 2, "pdf")));
        }
        ReportMeta meta = new ReportMeta(null, null, null, year, kind, null, null, null, null);
        return sentences.apply(new Report("r", null, meta, blocks, tables, List.of(), tableFacts, List.of(), List.of()), ctx);
    }

    private static BigDecimal second(Relation r) {
        return r.readings().get(0).terms().get(0).quantity().value();
    }

    @Test
    void staffPrintedTwiceWithTwoValues() throws Exception {
        // 湖南省人社厅 2025 自评: p.2 编制数371名, p.7 编制372人 (a labelled defect)
        Report r = stage.apply(report(List.of(), "selfeval-report", "我厅现有人员编制数371名，实有在职人数347人。",
                "核定我厅本级及所属单位人员编制372人，实际在职人数347人，离退休人员120人。"), ctx);
        List<Relation> dup = r.relations().stream().filter(x -> x.rule().equals(SameFigureStage.RULE)).toList();
        // 编制 371 vs 372, and 在职 347 printed twice alike (a hold); the 120 retirees are no staff in post
        assertEquals(2, dup.size(), dup.toString());
        assertEquals(new BigDecimal("371"), dup.get(0).result().quantity().value());
        assertEquals(new BigDecimal("372"), second(dup.get(0)));
        assertTrue(dup.get(0).id().startsWith("s"));
        assertEquals(new BigDecimal("347"), second(dup.get(1)));
    }

    @Test
    void textAgainstTheTableCellInAnotherUnitButNeverBudgetAgainstActual() throws Exception {
        Provenance cell = Provenance.ofCell("r", "t3", 4, 1, 9, "lattice");
        Basis basis = new Basis("table-kind:sangong + row:公务接待费", "header:预算数", "report-year");
        Fact table = new Fact("amount", "sangong.reception", "公务接待费", "2025", "budget-final",
                new Quantity(new BigDecimal("285000"), 0, Unit.YUAN, null, "285000"), "公务接待费 / 预算数", cell,
                null, null, List.of(), basis);
        Fact actual = new Fact("amount", "sangong.reception", "公务接待费", "2025", "actual",
                new Quantity(new BigDecimal("301000"), 0, Unit.YUAN, null, "301000"), "公务接待费 / 决算数", cell.withChars(0, 6),
                null, null, List.of(), basis);
        // 上海市普陀区 2025 预算 p.21 wording: 28.50万元 = 285000元, the same figure
        Report agree = stage.apply(report(List.of(table, actual), "budget", "公务接待费28.50万元，与2024年预算持平。"), ctx);
        List<Relation> a = agree.relations();
        assertEquals(1, a.size(), a.toString());
        assertEquals(0, a.get(0).result().quantity().normalized().compareTo(
                a.get(0).readings().get(0).terms().get(0).quantity().normalized()));
        // the same words with another value: one relation against the budget cell, none against the actual
        Report differ = stage.apply(report(List.of(table, actual), "budget", "公务接待费28.60万元，与2024年预算持平。"), ctx);
        assertEquals(1, differ.relations().size());
        assertEquals("t3", differ.relations().get(0).readings().get(0).terms().get(0).provenance().tableId());
        assertEquals(new BigDecimal("285000"), second(differ.relations().get(0)));
    }

    @Test
    void aRowOfATableOfPartOfTheMoneyIsNotTheWholeFigure() throws Exception {
        // 上海市普陀区人民政府办公室 2025 预算: the 基本支出 economic table's 公务接待费 row (185,000元) is the part of
        // 公务接待费 in basic expenditure, not the 三公 figure the text states (28.50万元)
        Table basic = new Table("t7", "2025年部门一般公共预算基本支出部门预算经济分类预算表", "单位：元", List.of(19), List.of(), "lattice",
                6, 3, List.of(), Provenance.ofCell("r", "t7", 0, 0, 19, "lattice"),
                new TableLayout("budget.general-basic", "caption", "basic", List.of("一般公共预算"), List.of(0), List.of(), List.of()));
        Basis basis = new Basis("row:公务接待费", "document kind or row words", "report-year");
        Fact row = new Fact("amount", "sangong.reception", "公务接待费", "2025", "budget-final",
                new Quantity(new BigDecimal("185000.00"), 2, Unit.YUAN, null, "185,000.00"), "公务接待费 / 一般公共预算基本支出合计",
                Provenance.ofCell("r", "t7", 5, 2, 19, "lattice"), null, null, List.of(), basis);
        Report r = stage.apply(report(List.of(basic), List.of(row), "budget", "（三）公务接待费28.50万元，与2024年预算持平。"), ctx);
        assertTrue(r.relations().isEmpty(), r.relations().toString());
    }

    @Test
    void aBudgetNamedByTheFigureItsOwnWordsIsTheYearsBudget() throws Exception {
        // 益阳市人社局 2024 自评 p.2 and the 基础数据表 p.6: 公务接待费 budget 30万元 in the table, "预算28万元" in the text
        Provenance cell = Provenance.ofCell("r", "t0", 8, 5, 6, "lattice");
        Fact table = new Fact("amount", "sangong.reception", "公务接待", "2025", "budget-final",
                new Quantity(new BigDecimal("30"), 0, Unit.WAN_YUAN, null, "30"), "3、公务接待 / 2025年预算数", cell,
                null, null, List.of(), new Basis("row:公务接待", "header:预算数", "header:2025年"));
        Report r = stage.apply(report(List.of(table), "selfeval-report", "2025年公务接待费预算28万元，决算支出17.08万元。"), ctx);
        List<Relation> dup = r.relations().stream().filter(x -> x.rule().equals(SameFigureStage.RULE)).toList();
        assertEquals(1, dup.size(), r.relations().toString());
        assertEquals(new BigDecimal("28"), dup.get(0).result().quantity().value());
        assertEquals(new BigDecimal("30"), second(dup.get(0)));
        Report agree = stage.apply(report(List.of(table), "selfeval-report", "2025年公务接待费预算30万元，决算支出17.08万元。"), ctx);
        assertEquals(1, agree.relations().size());
        assertEquals(0, agree.relations().get(0).result().quantity().normalized().compareTo(second(agree.relations().get(0)).multiply(new BigDecimal("10000"))));
    }

    @Test
    void aSubjectsFigureAgainstTheBudgetItsParagraphStatesForTheYear() throws Exception {
        // 上海市普陀区万里街道 2024 预算 p.9: the heading says 350.35万元, the paragraph "2024年预算安排352.67万元"
        String s = "31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，"
                + "2024年预算安排352.67万元，比2023年预算执行数增加0.53%。";
        List<Relation> r = stage.apply(report(2024, List.of(), List.of(), "budget", s), ctx).relations();
        assertEquals(1, r.size(), r.toString());
        assertEquals(new BigDecimal("350.35"), r.get(0).result().quantity().value());
        assertEquals(new BigDecimal("352.67"), second(r.get(0)));
        // the same paragraph with the two prints agreeing: a hold, and the 2023 执行数 is never compared
        String ok = s.replace("352.67", "350.35");
        r = stage.apply(report(2024, List.of(), List.of(), "budget", ok), ctx).relations();
        assertEquals(1, r.size(), r.toString());
        assertEquals(0, r.get(0).result().quantity().value().compareTo(second(r.get(0))));
    }
}
