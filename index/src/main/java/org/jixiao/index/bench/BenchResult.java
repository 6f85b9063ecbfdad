package org.jixiao.index.bench;

import java.util.List;

/**
 * What a bench measured.
 *
 * @param reports       reports indexed
 * @param documents     Lucene documents in the index
 * @param indexSeconds  wall time of indexing, commits included
 * @param indexBytes    index size on disk after the last commit
 * @param threads       indexing threads
 * @param latencies     per query kind
 * @param indexCpuSeconds CPU time of the indexing threads (commits included; Lucene's merge threads not), or NaN
 */
public record BenchResult(int reports, long documents, double indexSeconds, long indexBytes, int threads,
                          List<Latencies> latencies, double indexCpuSeconds) {
    public BenchResult(int reports, long documents, double indexSeconds, long indexBytes, int threads,
                       List<Latencies> latencies) {
        this(reports, documents, indexSeconds, indexBytes, threads, latencies, Double.NaN);
    }

    public double reportsPerSecond() {
        return reports / indexSeconds;
    }

    /**
     * Reports per second had the indexing threads each had a core of their own: on a machine
     * shared with other work the wall-clock rate says more about the neighbours.
     */
    public double reportsPerCpuSecondPerThread() {
        return reports / (indexCpuSeconds / threads);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (Double.isNaN(indexSeconds)) {
            sb.append(String.format("index of %d reports (%d documents), %.1f MB (not rebuilt)%n", reports, documents,
                    indexBytes / 1048576.0));
            if (!Double.isNaN(indexCpuSeconds)) {
                sb.append(String.format("indexing threads used %.1f s of CPU: %.1f reports/s with a core per thread; "
                        + "%.1f KB per report%n", indexCpuSeconds, reportsPerCpuSecondPerThread(),
                        indexBytes / 1024.0 / reports));
            }
        } else {
            sb.append(String.format("indexed %d reports (%d documents) in %.1f s with %d threads: %.1f reports/s; "
                            + "index %.1f MB%n", reports, documents, indexSeconds, threads, reportsPerSecond(),
                    indexBytes / 1048576.0));
            if (!Double.isNaN(indexCpuSeconds)) {
                sb.append(String.format("indexing threads used %.1f s of CPU: %.1f reports/s with a core per thread; "
                        + "%.1f KB per report%n", indexCpuSeconds, reportsPerCpuSecondPerThread(),
                        indexBytes / 1024.0 / reports));
            }
        }
        for (Latencies l : latencies) {
            sb.append(l).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
