package org.jixiao.check.names;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.check.wording.SlipFinding;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * A report titled for one level of government (上海市普陀区2024年区级部门预算) describes itself at that
 * level: its 名词解释 say 区级预算主管部门 and 与区级财政有经费领拨关系, not 市级 — the words of the
 * template of another level left in. Only the phrases that describe the report's own budget are
 * read; 市级财政 in general (a transfer from the city) is not.
 */
public final class LevelRule extends TalliedRule {
    public static final String ID = "names.level";
    private static final Pattern TITLE_LEVEL = Pattern.compile("([省市区县])级(?:部门|单位)(?:预算|决算)");
    private static final Pattern OWN_LEVEL = Pattern.compile("([省市区县])级预算主管部门|与([省市区县])级财政有经费领拨关系");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "a title naming the level (区级部门预算 …) and paragraphs";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.BLOCKS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        String title = report.meta().title();
        Matcher t = title == null ? null : TITLE_LEVEL.matcher(title);
        if (t == null || !t.find()) {
            tally.notEvaluated("the title names no level of government (区级/市级 …)");
            return List.of();
        }
        String level = t.group(1);
        SlipFinding found = new SlipFinding(ID);
        for (Block b : report.blocks()) {
            if (b.type() == BlockType.TABLE) {
                continue;
            }
            Matcher m = OWN_LEVEL.matcher(b.text());
            while (m.find()) {
                String said = m.group(1) != null ? m.group(1) : m.group(2);
                tally.evaluated(said.equals(level));
                if (!said.equals(level)) {
                    found.add(b, m.start(), m.end());
                }
            }
        }
        Finding f = found.finding(report.id(), Severity.WARNING,
                "报告标题为" + level + "级，正文却以其他层级表述本级预算",
                "the title is of the " + level + "级 level but the text describes its own budget at another level");
        return f == null ? List.of() : List.of(f);
    }
}
