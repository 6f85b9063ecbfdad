package org.jixiao.check.cross;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.model.Fact;
import org.jixiao.model.Report;
import org.jixiao.model.Unit;

/** Facts of one report indexed by (measure, scope, period, phase), keeping only keys with one value. */
final class CrossFacts {
    private CrossFacts() {
    }

    static String key(String measure, String scope, String period, String phase) {
        return measure + "|" + scope + "|" + period + "|" + phase;
    }

    /** The single fact per key; keys printed with two different values are left out (that is another rule's finding). */
    static Map<String, Fact> unique(Report r) {
        Map<String, List<Fact>> all = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            if (f.scope() == null || f.phase() == null || f.period() == null
                    || f.quantity().unit().dimension() == Unit.Dimension.RATIO) {
                continue;
            }
            all.computeIfAbsent(key(f.measure(), f.scope(), year(f.period()), f.phase()), k -> new ArrayList<>()).add(f);
        }
        Map<String, Fact> out = new LinkedHashMap<>();
        all.forEach((k, list) -> {
            Fact first = list.get(0);
            boolean one = list.stream().allMatch(f -> f.quantity().normalized().compareTo(first.quantity().normalized()) == 0);
            if (one) {
                out.put(k, first);
            }
        });
        return out;
    }

    /** "2024", "2024-budget" → "2024"; null when the period names no year. */
    static String year(String period) {
        if (period == null || period.length() < 4 || !period.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return period.substring(0, 4);
    }
}
