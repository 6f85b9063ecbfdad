package org.jixiao.serve;

import java.nio.file.Path;

import org.jixiao.model.Validate;

/**
 * How the server runs.
 *
 * @param host           the address to bind (127.0.0.1 unless told otherwise)
 * @param port           the port, 0 for any free one
 * @param maxUploadBytes the largest report file {@code POST /api/check} accepts
 * @param reportsDir     a folder of report JSON files written by {@code jixiao run} (reports/ of the
 *                       data folder), read before re-extracting a report's original file; may be null
 */
public record ServeOptions(String host, int port, long maxUploadBytes, Path reportsDir) {
    public static final String LOOPBACK = "127.0.0.1";

    public ServeOptions {
        Validate.notNullParam(host, "host");
        Validate.isTrue(port >= 0 && port <= 65_535, "port must be between 0 and 65535");
        Validate.isTrue(maxUploadBytes > 0, "maxUploadBytes must be positive");
    }

    public static ServeOptions loopback(int port, long maxUploadBytes) {
        return new ServeOptions(LOOPBACK, port, maxUploadBytes, null);
    }
}
