package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jixiao.extract.pdf.Ruling;

/**
 * Cleans ruling segments as drawn into table lines: collinear pieces (a border drawn cell by cell,
 * a double stroke) merged into one line, ends that stop just short of a crossing line snapped to it,
 * and short specks dropped.
 */
public final class RulingMerger {
    /** Lines this close (pt) across their direction are the same line. */
    private final double positionTolerance;
    /** Gaps (pt) along a line, or between an end and a crossing line, that are closed. */
    private final double snap;
    /** Shorter segments (pt) are text decoration, not rulings. */
    private final double minLength;

    public RulingMerger() {
        this(1.5, 3.0, 2.0);
    }

    public RulingMerger(double positionTolerance, double snap, double minLength) {
        this.positionTolerance = positionTolerance;
        this.snap = snap;
        this.minLength = minLength;
    }

    /** Merged and snapped horizontal lines followed by vertical ones. */
    public List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> h = new ArrayList<>();
        List<Ruling> v = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.isHorizontal()) {
                h.add(r);
            } else if (r.isVertical()) {
                v.add(r);
            }
        }
        h = collinear(h, true);
        v = collinear(v, false);
        List<Ruling> hs = snapEnds(h, v, true);
        List<Ruling> vs = snapEnds(v, h, false);
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : hs) {
            if (r.length() >= minLength) {
                out.add(r);
            }
        }
        for (Ruling r : vs) {
            if (r.length() >= minLength) {
                out.add(r);
            }
        }
        return out;
    }

    private List<Ruling> collinear(List<Ruling> lines, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Ruling::position));
        // group by position, then merge overlapping or nearly touching extents within a group
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            double sum = 0;
            while (j < sorted.size() && sorted.get(j).position() - sorted.get(i).position() <= positionTolerance) {
                sum += sorted.get(j).position();
                j++;
            }
            double pos = sum / (j - i);
            List<Ruling> group = new ArrayList<>(sorted.subList(i, j));
            group.sort(Comparator.comparingDouble(Ruling::start));
            double s = group.get(0).start();
            double e = group.get(0).end();
            for (Ruling r : group.subList(1, group.size())) {
                if (r.start() <= e + snap) {
                    e = Math.max(e, r.end());
                } else {
                    out.add(make(horizontal, pos, s, e));
                    s = r.start();
                    e = r.end();
                }
            }
            out.add(make(horizontal, pos, s, e));
            i = j;
        }
        return out;
    }

    /** Extends each line's ends to a crossing line within {@code snap}. */
    private List<Ruling> snapEnds(List<Ruling> lines, List<Ruling> crossing, boolean horizontal) {
        List<Ruling> out = new ArrayList<>(lines.size());
        for (Ruling r : lines) {
            double s = r.start();
            double e = r.end();
            for (Ruling c : crossing) {
                boolean spans = r.position() >= c.start() - snap && r.position() <= c.end() + snap;
                if (!spans) {
                    continue;
                }
                double p = c.position();
                if (Math.abs(p - s) <= snap && p < s) {
                    s = p;
                }
                if (Math.abs(p - e) <= snap && p > e) {
                    e = p;
                }
            }
            out.add(make(horizontal, r.position(), s, e));
        }
        return out;
    }

    private static Ruling make(boolean horizontal, double pos, double s, double e) {
        return horizontal ? Ruling.horizontal(pos, s, e) : Ruling.vertical(pos, s, e);
    }

    double snap() {
        return snap;
    }
}
