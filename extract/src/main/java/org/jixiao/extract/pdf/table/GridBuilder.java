package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jixiao.extract.pdf.Ruling;
import org.jixiao.model.BBox;

/**
 * Builds the cell grid of one ruled table from its merged lines: column boundaries at the vertical
 * lines (and the ends of the horizontal ones, for tables without an outer frame), row boundaries at
 * the horizontal lines; two neighbouring slots belong to one cell when no line separates them, so a
 * merged header cell becomes one cell with spans.
 */
public final class GridBuilder {
    /** Boundaries closer than this (pt) are one boundary. */
    private static final double CLUSTER = 2.0;
    /** A line end this close (pt) to a drawn boundary is that boundary. */
    private static final double EDGE_SNAP = 5.0;
    /** A separating line must cover this share of the slot side (the rest is tolerance). */
    private static final double COVER = 0.25;

    public Grid build(List<Ruling> lines) {
        List<Ruling> h = new ArrayList<>();
        List<Ruling> v = new ArrayList<>();
        for (Ruling r : lines) {
            (r.isHorizontal() ? h : v).add(r);
        }
        List<Double> xPos = new ArrayList<>();
        List<Double> yPos = new ArrayList<>();
        for (Ruling r : v) {
            xPos.add(r.x1());
        }
        for (Ruling r : h) {
            yPos.add(r.y1());
        }
        // The outer edges of a table without a frame are where the other lines end; ends that
        // overshoot a drawn line by a little are that line.
        List<Double> xEnds = new ArrayList<>();
        for (Ruling r : h) {
            xEnds.add(r.x1());
            xEnds.add(r.x2());
        }
        List<Double> yEnds = new ArrayList<>();
        for (Ruling r : v) {
            yEnds.add(r.y1());
            yEnds.add(r.y2());
        }
        addFar(xPos, xEnds);
        addFar(yPos, yEnds);
        List<Double> xs = cluster(xPos);
        List<Double> ys = cluster(yPos);
        if (xs.size() < 2 || ys.size() < 2) {
            return new Grid(xs, ys, List.of());
        }
        return new Grid(xs, ys, cells(xs, ys, h, v));
    }

    private static List<GridCell> cells(List<Double> xs, List<Double> ys, List<Ruling> h, List<Ruling> v) {
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        boolean[][] taken = new boolean[rows][cols];
        List<GridCell> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int c2 = c;
                while (c2 + 1 < cols && !taken[r][c2 + 1] && !hasVertical(v, xs.get(c2 + 1), ys.get(r), ys.get(r + 1))) {
                    c2++;
                }
                int r2 = r;
                while (r2 + 1 < rows && openBelow(h, xs, ys.get(r2 + 1), c, c2) && free(taken, r2 + 1, c, c2)) {
                    r2++;
                }
                for (int i = r; i <= r2; i++) {
                    for (int j = c; j <= c2; j++) {
                        taken[i][j] = true;
                    }
                }
                BBox box = new BBox(ys.get(r), xs.get(c), ys.get(r2 + 1), xs.get(c2 + 1));
                out.add(new GridCell(r, c, r2 - r + 1, c2 - c + 1, "", box));
            }
        }
        return out;
    }

    private static boolean openBelow(List<Ruling> h, List<Double> xs, double y, int c, int c2) {
        for (int j = c; j <= c2; j++) {
            if (hasHorizontal(h, y, xs.get(j), xs.get(j + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(boolean[][] taken, int r, int c, int c2) {
        for (int j = c; j <= c2; j++) {
            if (taken[r][j]) {
                return false;
            }
        }
        return true;
    }

    /** Is there a vertical line at x covering most of [y1, y2]? */
    static boolean hasVertical(List<Ruling> v, double x, double y1, double y2) {
        double slack = (y2 - y1) * COVER;
        for (Ruling r : v) {
            if (Math.abs(r.x1() - x) <= CLUSTER && r.y1() <= y1 + slack && r.y2() >= y2 - slack) {
                return true;
            }
        }
        return false;
    }

    /** Is there a horizontal line at y covering most of [x1, x2]? */
    static boolean hasHorizontal(List<Ruling> h, double y, double x1, double x2) {
        double slack = (x2 - x1) * COVER;
        for (Ruling r : h) {
            if (Math.abs(r.y1() - y) <= CLUSTER && r.x1() <= x1 + slack && r.x2() >= x2 - slack) {
                return true;
            }
        }
        return false;
    }

    private static void addFar(List<Double> positions, List<Double> ends) {
        List<Double> drawn = List.copyOf(positions);
        for (double e : ends) {
            boolean far = true;
            for (double d : drawn) {
                far &= Math.abs(d - e) > EDGE_SNAP;
            }
            if (far) {
                positions.add(e);
            }
        }
    }

    /** Sorted positions with near-equal ones replaced by their mean. */
    static List<Double> cluster(List<Double> positions) {
        List<Double> sorted = new ArrayList<>(positions);
        Collections.sort(sorted);
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            double sum = 0;
            while (j < sorted.size() && sorted.get(j) - sorted.get(j == i ? i : j - 1) <= CLUSTER) {
                sum += sorted.get(j);
                j++;
            }
            out.add(sum / (j - i));
            i = j;
        }
        return out;
    }
}
