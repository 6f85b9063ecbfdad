package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.Ruling;

/** Splits table lines into groups that touch or cross each other: one group per ruled table. */
final class RulingGroups {
    private RulingGroups() {
    }

    static List<List<Ruling>> connected(List<Ruling> lines, double tolerance) {
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(lines.get(i), lines.get(j), tolerance)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[root]).add(lines.get(i));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Crossing or touching lines of different directions (within tolerance). */
    static boolean touch(Ruling a, Ruling b, double tol) {
        if (a.isHorizontal() == b.isHorizontal()) {
            return false;
        }
        Ruling h = a.isHorizontal() ? a : b;
        Ruling v = a.isHorizontal() ? b : a;
        return v.x1() >= h.x1() - tol && v.x1() <= h.x2() + tol && h.y1() >= v.y1() - tol && h.y1() <= v.y2() + tol;
    }
}
