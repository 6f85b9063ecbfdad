package org.jixiao.check;

import java.util.List;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;

/**
 * A rule that counts each relation or figure it evaluates: it implements
 * {@link #check(Report, RuleTally)} only, and a check without a tally is the same check with one
 * nobody reads.
 */
public abstract class TalliedRule implements Rule {
    @Override
    public final List<Finding> check(Report report) {
        return check(report, new RuleTally());
    }

    @Override
    public abstract List<Finding> check(Report report, RuleTally tally);
}
