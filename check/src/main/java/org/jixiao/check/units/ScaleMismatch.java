package org.jixiao.check.units;

import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The judgement that a project's amount is printed in 元 under a 万元 heading: it is 10,000 times
 * (within half a percent, compared in 元) one money figure the same project states about itself — a
 * 成本 indicator's target or a 测算依据 figure — or the sum of all figures of one of those two kinds.
 * Reads only extract's facts, grouped by project once per report.
 */
public final class ScaleMismatch {
    private static final BigDecimal SCALE = new BigDecimal("10000");
    private static final BigDecimal SLACK = new BigDecimal("0.005");
    private static final BigDecimal MAGNITUDE_LO = new BigDecimal("1000");
    private static final BigDecimal MAGNITUDE_HI = new BigDecimal("100000");

    /** Each project's 成本 targets and 测算依据 figures, per-unit ones included. */
    private final Map<String, List<Fact>> statedByScope;

    private ScaleMismatch(Map<String, List<Fact>> statedByScope) {
        this.statedByScope = statedByScope;
    }

    /** The judge for one report's projects. */
    public static ScaleMismatch of(Report report) {
        return new ScaleMismatch(report.facts().stream()
                .filter(f -> f.scope() != null && ("cost-target".equals(f.measure()) || "basis-amount".equals(f.measure())))
                .collect(Collectors.groupingBy(Fact::scope)));
    }

    /** True when the amount's project states any cost target or 测算依据 figure to judge it by. */
    public boolean hasStatedFigures(Fact amount) {
        return amount.scope() != null && statedByScope.containsKey(amount.scope());
    }

    /** The stated figures that show {@code amount} is 10,000 times too large, or empty. */
    public Optional<List<Fact>> exact(Fact amount) {
        List<Fact> others = stated(amount);
        for (Fact f : others) {
            if (tenThousandTimes(amount, f.quantity().normalized())) {
                return Optional.of(List.of(f));
            }
        }
        // the items of the 测算依据 or the cost indicators together (7.812 + 13.508 + 2.135 万元)
        for (String m : List.of("cost-target", "basis-amount")) {
            List<Fact> group = others.stream().filter(f -> m.equals(f.measure())
                    && !f.qualifiers().contains("explanation")).toList();
            BigDecimal sum = group.stream().map(f -> f.quantity().normalized()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (group.size() > 1 && tenThousandTimes(amount, sum)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /**
     * The weaker sign, when no figure matches: the amount is a thousand to a hundred thousand times the
     * largest money figure the project states (its cost indicators included), so read in 元 it is of
     * the size of its own cost; read as printed it exceeds its largest cost figure a thousandfold.
     * Returns the largest stated figure, or empty.
     */
    public Optional<Fact> byMagnitude(Fact amount) {
        if (amount.quantity().value().signum() <= 0) {
            return Optional.empty();
        }
        List<Fact> others = stated(amount).stream().filter(f -> f.quantity().value().signum() > 0).toList();
        if (others.stream().noneMatch(f -> "cost-target".equals(f.measure()))) {
            return Optional.empty();
        }
        Fact largest = others.stream().max(Comparator.comparing(f -> f.quantity().normalized())).orElseThrow();
        BigDecimal ratio = amount.quantity().normalized().divide(largest.quantity().normalized(), MathContext.DECIMAL64);
        return ratio.compareTo(MAGNITUDE_LO) >= 0 && ratio.compareTo(MAGNITUDE_HI) <= 0 ? Optional.of(largest) : Optional.empty();
    }

    /** The amount as it was meant: ÷10,000 when it is printed in 元 under a 万元 heading. */
    public BigDecimal meantValue(Fact amount) {
        return exact(amount).isPresent() ? amount.quantity().value().divide(SCALE) : amount.quantity().value();
    }

    /** The money figures the amount's project states, per-unit ones left out; empty for what is not a project's amount. */
    private List<Fact> stated(Fact amount) {
        if (!"amount".equals(amount.measure()) || amount.scope() == null || !amount.scope().startsWith("item:")
                || amount.quantity().unit().dimension() != Unit.Dimension.MONEY) {
            return List.of();
        }
        return statedByScope.getOrDefault(amount.scope(), List.of()).stream()
                .filter(f -> !f.qualifiers().contains("per-unit")).toList();
    }

    private static boolean tenThousandTimes(Fact amount, BigDecimal statedYuan) {
        if (statedYuan.signum() <= 0) {
            return false;
        }
        BigDecimal a = amount.quantity().normalized();
        BigDecimal scaled = statedYuan.multiply(SCALE);
        return a.subtract(scaled).abs().compareTo(a.multiply(SLACK)) <= 0;
    }
}
