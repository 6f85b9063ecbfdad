package org.jixiao.extract.figures.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.model.Block;
import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Table;
import org.jixiao.model.YearMention;
import org.jixiao.model.YearMention.Role;
import org.junit.jupiter.api.Test;

class YearMentionStageTest {
    private static Report report(Integer year, List<Table> tables, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(Block.paragraph("b" + i, paragraphs[i], Provenance.ofBlock("r", "b" + i, i + 1, "pdf")));
        }
        ReportMeta meta = new ReportMeta("d", null, null, year, "budget", null, null, null, null);
        Report r = new Report("r", null, meta, blocks, tables, List.of(), List.of(), List.of(), List.of());
        return new YearMentionStage(new NumberReader(), YearCues.load())
                .apply(r, new ExtractContext("r", "x", "text/plain", ExtractLimits.defaults()));
    }

    private static YearMention only(Report r, Role role) {
        List<YearMention> m = r.yearMentions().stream().filter(y -> y.role() == role).toList();
        assertEquals(1, m.size(), r.yearMentions().toString());
        return m.get(0);
    }

    @Test
    void theBaseOfAComparisonKnowsWhatItComparesAndWhatTheSentenceIsAbout() {
        String text = "收入预算较上年增加。2026年预算与２０２５年预算相比，增加10万元。";
        YearMention c = only(report(2025, List.of(), text), Role.COMPARED);
        assertEquals(2025, c.year());
        assertEquals("预算", c.against());
        assertEquals(2026, c.about());
        assertEquals("与２０２５年预算相比", c.printed());
        assertEquals("2026年预算与２０２５年预算相比，增加10万元。", c.quote());
        assertEquals("b0", c.provenance().blockId());
        assertEquals(text.indexOf("与２０２５"), c.provenance().charStart());
        assertEquals(text.indexOf("，增加"), c.provenance().charEnd());
        // the year the sentence is about is the one before the cue, named on its own
        YearMention named = only(report(2025, List.of(), text), Role.NAMED);
        assertEquals(2026, named.year());
        assertNull(named.about());
    }

    @Test
    void aComparisonWithNoEarlierYearInItsSentenceIsAboutNone() {
        YearMention c = only(report(2025, List.of(), "2024年支出减少。与2024年相比，支出减少5%。"), Role.COMPARED);
        assertNull(c.about(), "a year of the sentence before does not count");
    }

    @Test
    void asOfDatesAndPlansAreTheirOwnRoles() {
        Report r = report(2025, List.of(), "截至2024年底，共有车辆7辆。拟从2020年起实施。");
        assertEquals(2024, only(r, Role.AS_OF).year());
        assertEquals("截至2024年", only(r, Role.AS_OF).printed());
        assertEquals(2020, only(r, Role.PLAN).year());
        assertTrue(r.yearMentions().stream().noneMatch(y -> y.role() == Role.NAMED), "each year has one role");
    }

    @Test
    void lastYearsBudgetWithoutDigitsIsTheYearBeforeTheReports() {
        YearMention c = only(report(2025, List.of(), "“三公”经费预算数为37.91万元，比上年预算减少10万元。"), Role.COMPARED);
        assertEquals(2024, c.year());
        assertTrue(c.relative());
        assertEquals("预算", c.against());
        assertTrue(report(null, List.of(), "比上年预算减少10万元。").yearMentions().isEmpty(),
                "without the report's year, 上年 is no year");
    }

    @Test
    void aCaptionThatBeginsWithAYearDatesItsTable() {
        Table t = new Table("t3", "2023年度项目支出绩效自评表", null, List.of(7), List.of(), "lattice", 1, 1,
                List.of(Cell.of(0, 0, "项目名称", null)), null);
        Table undated = new Table("t4", "项目支出绩效自评表（2023年）", null, List.of(8), List.of(), "lattice", 1, 1,
                List.of(Cell.of(0, 0, "项目名称", null)), null);
        Report r = report(2024, List.of(t, undated));
        YearMention c = only(r, Role.CAPTION);
        assertEquals(2023, c.year());
        assertEquals("t3", c.provenance().tableId());
        assertEquals(7, c.provenance().page());
        assertFalse(c.relative());
    }
}
