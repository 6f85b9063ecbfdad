package org.jixiao.extract.figures.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.model.Basis;
import org.jixiao.model.Fact;

/**
 * A 控制率 printed in one row with 编制数 and 实际在职人数 (a self-evaluation's 基础数据表): the rate of the
 * staff in post to the authorized staff, so the rate of {@code staff.actual}. Decided by the row's
 * other figures, not by the rate's own header, which names no scope.
 */
final class StaffControlRate {
    private StaffControlRate() {
    }

    static List<Fact> apply(List<Fact> facts) {
        Set<String> authorized = new HashSet<>();
        Set<String> actual = new HashSet<>();
        for (Fact f : facts) {
            if ("count".equals(f.measure()) && "staff.authorized".equals(f.scope())) {
                authorized.add(row(f));
            } else if ("count".equals(f.measure()) && "staff.actual".equals(f.scope())) {
                actual.add(row(f));
            }
        }
        if (authorized.isEmpty() || actual.isEmpty()) {
            return facts;
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            String key = row(f);
            boolean rate = "rate".equals(f.measure()) && (f.scope() == null || "staff".equals(f.scope()));
            if (rate && key != null && authorized.contains(key) && actual.contains(key)) {
                Basis b = f.basis();
                out.add(f.withMeaning("staff.actual", "department", List.of(),
                        new Basis("row: 控制率 beside 编制数 and 实际在职人数 (在职/编制)", b == null ? null : b.phase(),
                                b == null ? null : b.period())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static String row(Fact f) {
        var p = f.provenance();
        return p == null || p.tableId() == null || p.row() == null ? null : p.tableId() + "|" + p.row();
    }
}
