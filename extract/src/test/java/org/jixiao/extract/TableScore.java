package org.jixiao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores found tables against expected ones, two ways.
 * <ul>
 * <li>Cell agreement: the share of the expected non-blank cells whose text (whitespace removed) a
 * found table holds at the same place, each expected table laid over the found table and shift
 * (up to three rows or columns, for an extra title row or a row-number column) that agree most.</li>
 * <li>Adjacency relations (ICDAR 2013): each non-blank cell with its nearest non-blank neighbour to
 * the right and below; precision, recall and F1 of the found relations against the expected ones,
 * pooled over all tables of the page, so a table that is not found, found twice, split or merged
 * costs what it should.</li>
 * </ul>
 * Rows and columns blank throughout are dropped on both sides first.
 */
final class TableScore {
    private static final int SHIFT = 3;

    int expectedCells;
    int agreeingCells;
    int expectedRelations;
    int foundRelations;
    int correctRelations;

    static TableScore of(List<List<List<String>>> expected, List<List<List<String>>> found) {
        TableScore s = new TableScore();
        List<List<List<String>>> exp = expected.stream().map(TableScore::dropEmpty).toList();
        List<List<List<String>>> got = found.stream().map(TableScore::dropEmpty).toList();
        for (List<List<String>> e : exp) {
            s.expectedCells += (int) e.stream().flatMap(List::stream).filter(x -> !squeeze(x).isEmpty()).count();
            int best = 0;
            for (List<List<String>> g : got) {
                best = Math.max(best, bestOverlay(e, g));
            }
            s.agreeingCells += best;
        }
        Map<String, Integer> want = new HashMap<>();
        exp.forEach(t -> relations(t).forEach(r -> want.merge(r, 1, Integer::sum)));
        Map<String, Integer> have = new HashMap<>();
        got.forEach(t -> relations(t).forEach(r -> have.merge(r, 1, Integer::sum)));
        s.expectedRelations = want.values().stream().mapToInt(Integer::intValue).sum();
        s.foundRelations = have.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            s.correctRelations += Math.min(e.getValue(), have.getOrDefault(e.getKey(), 0));
        }
        return s;
    }

    void add(TableScore o) {
        expectedCells += o.expectedCells;
        agreeingCells += o.agreeingCells;
        expectedRelations += o.expectedRelations;
        foundRelations += o.foundRelations;
        correctRelations += o.correctRelations;
    }

    double agreement() {
        return expectedCells == 0 ? 1 : (double) agreeingCells / expectedCells;
    }

    double precision() {
        return foundRelations == 0 ? (expectedRelations == 0 ? 1 : 0) : (double) correctRelations / foundRelations;
    }

    double recall() {
        return expectedRelations == 0 ? 1 : (double) correctRelations / expectedRelations;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static int bestOverlay(List<List<String>> e, List<List<String>> g) {
        int best = 0;
        for (int dr = -SHIFT; dr <= SHIFT; dr++) {
            for (int dc = -SHIFT; dc <= SHIFT; dc++) {
                int n = 0;
                for (int r = 0; r < e.size(); r++) {
                    for (int c = 0; c < e.get(r).size(); c++) {
                        String want = squeeze(e.get(r).get(c));
                        int gr = r + dr;
                        int gc = c + dc;
                        if (!want.isEmpty() && gr >= 0 && gr < g.size() && gc >= 0 && gc < g.get(gr).size()
                                && want.equals(squeeze(g.get(gr).get(gc)))) {
                            n++;
                        }
                    }
                }
                best = Math.max(best, n);
            }
        }
        return best;
    }

    static List<String> relations(List<List<String>> t) {
        List<String> out = new ArrayList<>();
        int cols = t.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < t.size(); r++) {
            for (int c = 0; c < cols; c++) {
                String a = cell(t, r, c);
                if (a.isEmpty()) {
                    continue;
                }
                for (int k = c + 1; k < cols; k++) {
                    if (!cell(t, r, k).isEmpty()) {
                        out.add(a + "\u0001H\u0001" + cell(t, r, k));
                        break;
                    }
                }
                for (int k = r + 1; k < t.size(); k++) {
                    if (!cell(t, k, c).isEmpty()) {
                        out.add(a + "\u0001V\u0001" + cell(t, k, c));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static String cell(List<List<String>> t, int r, int c) {
        return c < t.get(r).size() ? squeeze(t.get(r).get(c)) : "";
    }

    static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }

    /** Rows and columns that are blank throughout dropped. */
    static List<List<String>> dropEmpty(List<List<String>> rows) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            int col = c;
            if (rows.stream().anyMatch(r -> col < r.size() && !squeeze(r.get(col)).isEmpty())) {
                keep.add(c);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.stream().allMatch(x -> squeeze(x).isEmpty())) {
                continue;
            }
            List<String> row = new ArrayList<>();
            for (int c : keep) {
                row.add(c < r.size() ? r.get(c) : "");
            }
            out.add(row);
        }
        return out;
    }
}
