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
import org.jixiao.check.facts.DuplicateFigureRule;
import org.jixiao.check.score.ScoreRule;
import org.jixiao.check.table.BudgetIdentityRule;
import org.jixiao.check.table.ColumnSumRule;
import org.jixiao.check.table.FundRollForwardRule;
import org.jixiao.check.table.SubtotalRule;
import org.jixiao.check.table.TableRateRule;
import org.jixiao.check.text.BalanceSentenceRule;
import org.jixiao.check.text.MixedUnitRule;
import org.jixiao.check.text.ChangeRateRule;
import org.jixiao.check.text.RatioRule;
import org.jixiao.check.text.WhereofSumRule;
import org.jixiao.check.wording.BracketRule;
import org.jixiao.check.wording.WordingRule;

/** Every rule of this module, new instances on each call (rules keep no state, but nothing is shared). */
public final class RuleSet {
    private RuleSet() {
    }

    public static List<Rule> rules() {
        List<Rule> out = new java.util.ArrayList<>(List.of(
                new ColumnSumRule(),
                new BudgetIdentityRule(),
                new SubtotalRule(),
                new FundRollForwardRule(),
                new TableRateRule(),
                new WhereofSumRule(),
                new MixedUnitRule(),
                new BalanceSentenceRule(),
                RatioRule.executionRate(),
                RatioRule.completionRate(),
                RatioRule.controlRate(),
                new ChangeRateRule(),
                new DuplicateFigureRule(),
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
