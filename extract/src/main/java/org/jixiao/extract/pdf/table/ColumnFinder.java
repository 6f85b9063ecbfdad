package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Column boundaries of an unruled table from its text: x ranges that (nearly) every line leaves
 * blank are gutters, and a boundary sits in the middle of each gutter. A few lines may cross a
 * gutter (a title, a spanning header) without closing it.
 */
final class ColumnFinder {
    private static final double BIN = 0.5;

    /**
     * @param lines     per line, the x extents [left, right] of its chunks
     * @param left      region left
     * @param right     region right
     * @param minGutter narrowest gutter (pt)
     * @return boundaries including the outer edges, left to right
     */
    List<Double> boundaries(List<List<double[]>> lines, double left, double right, double minGutter) {
        int bins = Math.max(1, (int) Math.ceil((right - left) / BIN));
        int[] cover = new int[bins];
        boolean[] any = new boolean[bins];
        for (List<double[]> line : lines) {
            boolean[] mark = new boolean[bins];
            for (double[] ext : line) {
                int a = Math.max(0, (int) Math.floor((ext[0] - left) / BIN));
                int b = Math.min(bins - 1, (int) Math.ceil((ext[1] - left) / BIN) - 1);
                for (int i = a; i <= b; i++) {
                    mark[i] = true;
                }
            }
            for (int i = 0; i < bins; i++) {
                if (mark[i]) {
                    cover[i]++;
                    any[i] = true;
                }
            }
        }
        int allowed = 0;
        int first = 0;
        while (first < bins && !any[first]) {
            first++;
        }
        int last = bins - 1;
        while (last >= 0 && !any[last]) {
            last--;
        }
        List<Double> out = new ArrayList<>();
        out.add(left + first * BIN);
        int i = first;
        while (i <= last) {
            if (cover[i] <= allowed) {
                int j = i;
                while (j <= last && cover[j] <= allowed) {
                    j++;
                }
                if ((j - i) * BIN >= minGutter && j <= last) {
                    out.add(left + (i + j) / 2.0 * BIN);
                }
                i = j;
            } else {
                i++;
            }
        }
        out.add(left + (last + 1) * BIN);
        return out;
    }
}
