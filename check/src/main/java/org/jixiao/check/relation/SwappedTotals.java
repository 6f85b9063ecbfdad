package org.jixiao.check.relation;

import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two columns of one 合计 row that each fail, where each printed total is the other column's sum,
 * are one mistake — the totals were swapped — and one finding says so.
 */
final class SwappedTotals {
    private SwappedTotals() {
    }

    static List<Finding> merge(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                Finding a = out.get(i);
                Finding b = out.get(j);
                if (sameRow(a, b) && a.expected() != null && b.expected() != null
                        && a.expected().overlaps(b.actual()) && b.expected().overlaps(a.actual())) {
                    out.set(i, swap(a, b));
                    out.remove(j);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean sameRow(Finding a, Finding b) {
        Provenance p = first(a);
        Provenance q = first(b);
        return p != null && q != null && p.tableId() != null && Objects.equals(p.tableId(), q.tableId())
                && Objects.equals(p.row(), q.row()) && !Objects.equals(p.col(), q.col());
    }

    private static Provenance first(Finding f) {
        return f.evidence().isEmpty() ? null : f.evidence().get(0).provenance();
    }

    private static Finding swap(Finding a, Finding b) {
        Evidence ea = a.evidence().get(0);
        Evidence eb = b.evidence().get(0);
        String zh = "合计行两列的合计值互换：「" + ea.label() + "」印为 " + ea.quantity() + "，「" + eb.label() + "」印为 "
                + eb.quantity() + "，而各行之和恰好相反（" + a.messageZh() + "）";
        String en = "the totals of two columns of one 合计 row are swapped: " + ea.label() + " is printed as "
                + ea.quantity() + " and " + eb.label() + " as " + eb.quantity() + ", while the rows add up the other way ("
                + a.messageEn() + ")";
        List<Evidence> ev = new ArrayList<>(List.of(ea, eb));
        // the rows of both columns, so each side can be checked on the page
        ev.addAll(a.evidence().subList(1, a.evidence().size()));
        ev.addAll(b.evidence().subList(1, b.evidence().size()));
        return new Finding(a.reportId(), a.rule(), a.severity(), zh, en, a.expected(), a.actual(), a.difference(),
                a.unit(), ev);
    }
}
