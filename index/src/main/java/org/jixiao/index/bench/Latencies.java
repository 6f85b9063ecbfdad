package org.jixiao.index.bench;

import java.util.Arrays;

/** Latency percentiles of one kind of query, in milliseconds. */
public record Latencies(String query, int runs, double p50, double p95, double p99, double max) {

    static Latencies of(String query, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Latencies(query, s.length, pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6);
    }

    /** Nearest-rank percentile. */
    private static double pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("%-8s %5d runs  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms", query, runs, p50,
                p95, p99, max);
    }
}
