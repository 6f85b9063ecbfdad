package org.jixiao.check;

import java.util.List;
import org.jixiao.check.cross.BalanceCarryRule;
import org.jixiao.check.cross.BudgetChangeRule;
import org.jixiao.check.cross.PriorYearQuoteRule;
import org.jixiao.check.doc.SectionNumberingRule;
import org.jixiao.check.doc.TocRule;
import org.jixiao.check.doc.RequiredTablesRule;
import org.jixiao.check.comparative.DirectionRule;
import org.jixiao.check.doc.DatedTextRule;
import org.jixiao.check.names.LevelRule;
import org.jixiao.check.names.RenamedSubjectRule;
import org.jixiao.check.names.ReportKindRule;
import org.jixiao.check.doc.YearRule;
import org.jixiao.check.score.ScoreRule;
import org.jixiao.check.relation.RelationRule;
import org.jixiao.check.text.MixedUnitRule;
import org.jixiao.check.wording.BracketRule;
import org.jixiao.check.wording.WordingRule;

/** Every rule of this module, new instances on each call (rules keep no state, but nothing is shared). */
public final class RuleSet {
    private RuleSet() {
    }

    public static List<Rule> rules() {
        List<Rule> out = new java.util.ArrayList<>(List.of(
                new RelationRule("table.column-sum", "a 合计 row with the rows it totals (row tree from extract)"),
                new RelationRule("table.subtotal", "rows with children by classification code or numbering, 小计 rows"),
                new RelationRule("table.row-sum", "a 合计 or 小计 column with the columns under its header"),
                new RelationRule("table.budget-identity", "phase columns of one row (table-identities.tsv)"),
                new RelationRule("table.rate", "a rate column with its actual and budget columns (table-identities.tsv)"),
                new RelationRule("table.income-expense", "a 收支总表 with 收入总计 and 支出总计"),
                new org.jixiao.check.units.UnitScaleRule(),
                new org.jixiao.check.relation.CostCeilingRule(),
                new RelationRule("ratio.change-rate", "a stated change and its percentage against the base (sentence relations)"),
                new RelationRule("ratio.share", "a stated share (占 P%) with the part and the whole"),
                new RelationRule("ratio.execution-rate", "a stated execution rate with its actual and budget"),
                new RelationRule("ratio.completion-rate", "a stated completion rate with its actual and target or budget"),
                new RelationRule("ratio.control-rate", "a stated 控制率 with the staff in post and the authorized staff"),
                new RelationRule("text.parts-sum", "a total with the parts a sentence lists for it (其中 / 合计 / brackets)"),
                new RelationRule("fund.roll-forward-text", "a fund's 期初, 当期收支结余 and 期末 in one sentence"),
                new RelationRule("fund.roll-forward", "a fund statement's 期初, 收入, 支出, 结余 and 期末 rows (row-identities.tsv)"),
                new RelationRule("final.roll-forward", "a final account's 年初结转和结余, 本年收入, 本年支出, 结余分配, 年末结转和结余"),
                new MixedUnitRule(),
                new RelationRule("figure.duplicate", "one quantity printed in two places (same-figure relations)"),
                new ScoreRule(),
                new YearRule(),
                new SectionNumberingRule()));
        out.addAll(WordingRule.standard());
        out.add(new BracketRule());
        out.add(new ReportKindRule());
        out.add(new LevelRule());
        out.add(new RenamedSubjectRule());
        out.add(new TocRule());
        out.add(new DatedTextRule());
        out.add(new DirectionRule());
        out.add(new RequiredTablesRule());
        return List.copyOf(out);
    }

    public static List<CrossReportRule> crossRules() {
        return List.of(new BalanceCarryRule(), new PriorYearQuoteRule(), new BudgetChangeRule());
    }
}
