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
 */
public record BenchResult(int reports, long documents, double indexSeconds, long indexBytes, int threads,
                          List<Latencies> latencies) {
    public double reportsPerSecond() {
        return reports / indexSeconds;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (Double.isNaN(indexSeconds)) {
            sb.append(String.format("index of %d reports (%d documents), %.1f MB (not rebuilt)%n", reports, documents,
                    indexBytes / 1048576.0));
        } else {
            sb.append(String.format("indexed %d reports (%d documents) in %.1f s with %d threads: %.1f reports/s; "
                            + "index %.1f MB%n", reports, documents, indexSeconds, threads, reportsPerSecond(),
                    indexBytes / 1048576.0));
        }
        for (Latencies l : latencies) {
            sb.append(l).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
