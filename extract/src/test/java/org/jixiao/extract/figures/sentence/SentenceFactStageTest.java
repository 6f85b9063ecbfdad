package org.jixiao.extract.figures.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.junit.jupiter.api.Test;

class SentenceFactStageTest {
    private final SentenceFactStage stage = new SentenceFactStage(new NumberReader(), Vocabulary.load(), FigureBlockFilter.all());

    private List<Fact> facts(List<String> section, String... paragraphs) throws Exception {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            String id = "b" + blocks.size();
            blocks.add(new Block(id, BlockType.PARAGRAPH, p, -1, null, section, null, Provenance.ofBlock("r", id, 2, "docx")));
        }
        ReportMeta meta = new ReportMeta(null, null, null, 2023, "selfeval-report", null, null, null, null);
        Report r = new Report("r", null, meta, blocks, List.of(), List.of(), List.of(), List.of(), List.of());
        return stage.apply(r, new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults())).facts();
    }

    private static Fact at(List<Fact> facts, String value) {
        return facts.stream().filter(f -> f.quantity().value().compareTo(new BigDecimal(value)) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + facts));
    }

    @Test
    void phasesScopesAndPartsOfABudgetSentence() throws Exception {
        String s = "2023年本部门一般公共预算决算支出数为1,200.50万元，预算执行率为90.10%，其中：基本支出800.25万元，项目支出400.25万元。";
        List<Fact> f = facts(List.of("一般公共预算支出情况"), s);
        assertEquals(4, f.size(), f.toString());
        Fact total = at(f, "1200.50");
        // 一般公共预算 is one source of funds: never the plain department total (at most a qualified total)
        assertTrue(total.scope() == null || total.scope().startsWith("total:"), total.scope());
        assertEquals("actual", total.phase());
        assertEquals("2023", total.period());
        assertEquals("1,200.50万元", s.substring(total.provenance().charStart(), total.provenance().charEnd()));
        assertEquals("b0", total.provenance().blockId());
        assertEquals(2, total.provenance().page());
        assertEquals("rate", at(f, "90.10").phase());
        assertEquals("basic", at(f, "800.25").scope());
        assertEquals("actual", at(f, "800.25").phase());
        assertEquals("project", at(f, "400.25").scope());
    }

    @Test
    void changesAreSignedAndSharesAreNotRates() throws Exception {
        List<Fact> f = facts(List.of("三公经费"),
                "“三公经费”决算支出60.00万元，较上年减少5.50万元，下降比例为8.40%。基本支出预算30.00万元，占全部预算资金的25.00%。");
        Fact down = at(f, "-5.50");
        assertEquals("change", down.measure());
        assertEquals("sangong", down.scope());
        assertEquals("5.50", down.quantity().printed());
        assertEquals("change-rate", at(f, "-8.40").measure());
        Fact share = at(f, "25.00");
        assertEquals("share", share.measure());
        assertNull(share.phase());
    }

    @Test
    void fundPartsKeepTheirNamesAndBalancesAreActuals() throws Exception {
        List<Fact> f = facts(List.of("社会保险基金预算支出情况", "工伤保险基金预算支出情况"),
                "工伤保险基金预算支出为20.00亿元，其中：待遇支出18.00亿元，鉴定支出2.00亿元。",
                "本年度收支结余1.50亿元，期末滚存结余30.25亿元。");
        assertEquals("fund:injury", at(f, "20.00").scope());
        assertEquals("expense", at(f, "20.00").measure());
        assertEquals("budget-final", at(f, "20.00").phase());
        assertEquals("expense.benefit", at(f, "18.00").measure());
        assertEquals("expense.part:鉴定支出", at(f, "2.00").measure());
        Fact end = at(f, "30.25");
        assertEquals("balance-end", end.measure());
        assertEquals("actual", end.phase());
        assertEquals("fund:injury", end.scope());
    }

    @Test
    void staffPartsWithoutTheirOwnNameGetNoScope() throws Exception {
        List<Fact> f = facts(List.of("人员情况"), "本单位人员编制数50名，其中：行政编制30名。");
        assertEquals("staff.authorized", at(f, "50").scope());
        assertNull(at(f, "30").scope(), "a part is not the whole: no second staff.authorized figure");
    }
}
