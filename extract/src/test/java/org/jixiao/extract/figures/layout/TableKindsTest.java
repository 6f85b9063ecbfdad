package org.jixiao.extract.figures.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableKindsTest {
    private final TableKinds kinds = TableKinds.load();

    @Test
    void aCaptionsYearDatesTheFiguresExceptWhereTheDataFileSaysOtherwise() {
        assertTrue(kinds.byId("budget.sangong").orElseThrow().captionDates());
        assertFalse(kinds.byId("budget.performance-targets").orElseThrow().captionDates(),
                "a target form is captioned with its project's name");
        assertFalse(kinds.byId("selfeval.project-scoresheet").orElseThrow().captionDates());
    }

    @Test
    void theLongestSynonymDecides() {
        assertEquals("budget.income-expense", kinds.match("2025年部门财务收支预算总表").orElseThrow().kind().id());
    }

    @Test
    void aLineWithoutItsCaptionDatesColumnIsRefused() {
        byte[] old = "budget.sangong\tsangong\t-\tbudget\t三公经费预算表\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> TableKinds.parse(new ByteArrayInputStream(old)));
    }
}
