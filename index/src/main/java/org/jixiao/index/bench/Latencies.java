package org.jixiao.index.bench;

import java.util.Arrays;

/**
 * Latency percentiles of one kind of query, in milliseconds: wall clock, and the CPU time of the
 * querying thread (what the query costs when it does not wait for a busy machine's cores).
 */
public record Latencies(String query, int runs, double p50, double p95, double p99, double max, double cpuP50,
                        double cpuP95) {

    public static Latencies of(String query, long[] nanos, long[] cpuNanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        long[] c = cpuNanos.clone();
        Arrays.sort(c);
        return new Latencies(query, s.length, pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6, pct(c, 50),
                pct(c, 95));
    }

    /** Nearest-rank percentile. */
    private static double pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("%-15s %5d runs  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  "
                + "(cpu p50 %6.2f ms, p95 %6.2f ms)", query, runs, p50, p95, p99, max, cpuP50, cpuP95);
    }
}
