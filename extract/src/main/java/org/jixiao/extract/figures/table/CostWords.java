package org.jixiao.extract.figures.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the words around a money figure of a cost indicator say it is not: a cost per unit (每人每月
 * 500元, 单价 2万元/台, 人均) or a floor (不低于, 以上) rather than the ceiling of the project's cost.
 * A figure per year (每年, /年, 一年) is the yearly cost, which is what the form's 本年度 amount is.
 */
final class CostWords {
    private static final int BEFORE = 8;
    private static final Pattern PER_UNIT_BEFORE = Pattern.compile("每(?!年)|单价|人均|户均|均价|平均|标准|单位成本");
    private static final Pattern PER_UNIT_AFTER = Pattern.compile("^\\s*[/／每](?!\\s*年)");
    private static final Pattern FLOOR_BEFORE = Pattern.compile("≥|>|不低于|不少于|大于|高于|至少");
    private static final Pattern FLOOR_AFTER = Pattern.compile("^\\s*(?:以上|及以上)");

    /** An indicator about the whole project's cost: 成本, 总成本, 项目总成本, 成本控制, 总投入 … */
    private static final Pattern WHOLE_NAME = Pattern.compile("^(?:本?项目)?(?:年度)?(?:总)?(?:成本|费用|投入|经费|资金)(?:总额|总计|控制|指标|控制数)?$");
    private static final Pattern WHOLE_TARGET = Pattern.compile("^(?:本?项目)?(?:年度)?总(?:成本|投入|费用)");

    private CostWords() {
    }

    /**
     * True when a 成本 indicator bounds the whole project (its name is 总成本 or the like, or its target
     * starts so) rather than one component of it (保洁成本, 宿舍总成本, 案件打印成本).
     */
    static boolean wholeProject(String name, String target) {
        String n = name == null ? "" : name.replaceAll("[\\s：:；;，,。、]", "");
        String v = target == null ? "" : target.replaceAll("\\s", "");
        return WHOLE_NAME.matcher(n).matches() || WHOLE_TARGET.matcher(v).find();
    }

    /** The qualifiers of the figure printed at [start, end) of {@code text}. */
    static List<String> qualifiers(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - BEFORE), start);
        // only the words of the figure's own clause count
        before = before.substring(Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')),
                Math.max(before.lastIndexOf('；'), before.lastIndexOf('。'))) + 1);
        String after = text.substring(end, Math.min(text.length(), end + 6));
        List<String> out = new ArrayList<>();
        if (PER_UNIT_BEFORE.matcher(before).find() || PER_UNIT_AFTER.matcher(after).find()) {
            out.add("per-unit");
        }
        if ((FLOOR_BEFORE.matcher(before).find() && !before.contains("不大于") && !before.contains("不高于"))
                || FLOOR_AFTER.matcher(after).find()) {
            out.add("floor");
        }
        return out;
    }
}
