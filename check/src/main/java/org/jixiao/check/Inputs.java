package org.jixiao.check;

import java.util.Optional;
import java.util.Set;
import org.jixiao.model.BlockType;
import org.jixiao.model.Report;

/** Whether a report holds what a rule {@link Rule#requires() requires}, and if not, why not in words. */
public final class Inputs {
    private Inputs() {
    }

    /** The first required input the report lacks, as a reason ("no tables"), or empty when all are present. */
    public static Optional<String> missing(Set<RuleInput> required, Report report) {
        for (RuleInput in : RuleInput.values()) {
            if (required.contains(in)) {
                Optional<String> why = missing(in, report);
                if (why.isPresent()) {
                    return why;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> missing(RuleInput in, Report r) {
        boolean present = switch (in) {
            case BLOCKS -> r.blocks().stream().anyMatch(b -> b.type() != BlockType.TABLE && !b.text().isBlank());
            case SECTIONS -> !r.sections().isEmpty();
            // Until every table carries its layout, a table is what the table rules read.
            case TABLE_LAYOUTS -> !r.tables().isEmpty();
            case RELATIONS -> !r.relations().isEmpty();
            case FACTS -> !r.facts().isEmpty();
            case INDICATORS -> !r.indicators().isEmpty();
            case META -> r.meta().fiscalYear() != null;
            case YEARS -> !r.yearMentions().isEmpty();
        };
        return present ? Optional.empty() : Optional.of(reason(in));
    }

    /** The reason, in English, that a rule was not evaluated for want of {@code in}. */
    public static String reason(RuleInput in) {
        return switch (in) {
            case BLOCKS -> "no paragraphs";
            case SECTIONS -> "no sections";
            case TABLE_LAYOUTS -> "no tables";
            case RELATIONS -> "no relations";
            case FACTS -> "no facts";
            case INDICATORS -> "no score-sheet indicators";
            case META -> "no fiscal year";
            case YEARS -> "no years printed in the text or captions";
        };
    }

    /** The same reason in Chinese. */
    public static String reasonZh(String reasonEn) {
        return switch (reasonEn) {
            case "no paragraphs" -> "报告没有正文段落";
            case "no sections" -> "报告没有章节结构";
            case "no tables" -> "报告没有表格";
            case "no relations" -> "报告没有数字间关系";
            case "no facts" -> "报告没有数字事实";
            case "no score-sheet indicators" -> "报告没有评分指标";
            case "no fiscal year" -> "报告所属年度未知";
            case "no years printed in the text or captions" -> "正文和表题中没有年份";
            default -> reasonEn;
        };
    }
}
