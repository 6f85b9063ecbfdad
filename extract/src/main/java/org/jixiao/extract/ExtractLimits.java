package org.jixiao.extract;

import java.time.Duration;

/**
 * Resource bounds for one document (typed config, as Tika's parse context objects).
 *
 * @param maxBytes        larger files are refused before parsing
 * @param maxPages        PDF pages read at most; the rest is reported as truncated
 * @param maxCellsPerTable cells per table at most
 * @param maxTextChars    characters of text at most
 * @param timeout         wall-clock time per document
 * @param maxZipRatio     decompression ratio above which a zip container is treated as a bomb
 */
public record ExtractLimits(long maxBytes, int maxPages, int maxCellsPerTable, int maxTextChars,
                            Duration timeout, double maxZipRatio) {
    public static ExtractLimits defaults() {
        return new ExtractLimits(64L << 20, 500, 50_000, 20_000_000, Duration.ofSeconds(120), 100.0);
    }
}
