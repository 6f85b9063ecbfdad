package org.jixiao.extract.figures.layout;

import org.jixiao.model.Fact;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A 绩效目标申报表's 成本 indicators bound the project's cost for the year: the 本年度 amount should
 * not exceed the targets of its cost indicators together (one figure per indicator row, from the
 * 目标值 column; per-unit costs and floors do not bound the total). Rule {@code item.cost-ceiling},
 * result the amount, one reading whose terms are the ceilings: role {@code ceiling} for an indicator
 * of the whole project's cost (总成本), {@code component-ceiling} for one of a part (保洁成本).
 */
final class CostCeilings {
    static final String RULE = "item.cost-ceiling";
    private static final String KIND = "budget.performance-targets";

    void build(Report report, Table t, Consumer<Relation> out) {
        if (t.layout() == null || !KIND.equals(t.layout().kind()) || report.meta() == null
                || report.meta().fiscalYear() == null) {
            return;
        }
        String year = String.valueOf(report.meta().fiscalYear());
        List<Fact> own = report.facts().stream().filter(f -> f.provenance() != null
                && t.id().equals(f.provenance().tableId())).toList();
        for (Fact amount : own) {
            if (!"amount".equals(amount.measure()) || !year.equals(amount.period()) || amount.scope() == null) {
                continue;
            }
            // per indicator row the largest figure its 目标值 prints (不超过30万，其中… counts once)
            Map<Integer, Fact> perRow = new LinkedHashMap<>();
            for (Fact f : own) {
                if ("cost-target".equals(f.measure()) && amount.scope().equals(f.scope())
                        && f.qualifiers().stream().allMatch("component"::equals)
                        && f.quantity().value().signum() > 0) {
                    perRow.merge(f.provenance().row(), f, (a, b) -> byYuan().compare(a, b) >= 0 ? a : b);
                }
            }
            if (perRow.isEmpty()) {
                continue;
            }
            List<RelationTerm> ceilings = new ArrayList<>();
            perRow.values().forEach(f -> ceilings.add(term(f, f.qualifiers().contains("component") ? "component-ceiling"
                    : "ceiling")));
            out.accept(new Relation("c", RULE, term(amount, "amount"),
                    List.of(new Reading("成本指标目标值" + (ceilings.size() > 1 ? "之和" : ""), ceilings, List.of())),
                    "form", "成本指标 ≥ " + amount.label()));
        }
    }

    private static Comparator<Fact> byYuan() {
        return Comparator.comparing(f -> f.quantity().normalized());
    }

    private static RelationTerm term(Fact f, String role) {
        return new RelationTerm(f.id(), role, 1, f.quantity(), Objects.requireNonNullElse(f.label(), ""),
                f.provenance(), f.subject());
    }
}
