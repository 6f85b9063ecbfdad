package org.jixiao.check;

import java.util.List;
import org.jixiao.check.table.BudgetIdentityRule;
import org.jixiao.check.table.ColumnSumRule;

/** Every rule of this module, new instances on each call (rules keep no state, but nothing is shared). */
public final class RuleSet {
    private RuleSet() {
    }

    public static List<Rule> rules() {
        return List.of(
                new ColumnSumRule(),
                new BudgetIdentityRule());
    }

    public static List<CrossReportRule> crossRules() {
        return List.of();
    }
}
