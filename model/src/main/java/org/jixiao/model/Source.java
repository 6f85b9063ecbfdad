package org.jixiao.model;

/**
 * The document a report was read from.
 *
 * @param path      the path or URL it was read from
 * @param fileName  its file name
 * @param mediaType the detected media type (application/pdf, …)
 * @param size      bytes
 * @param sha256    hex sha-256 of the bytes (also the report id)
 */
public record Source(String path, String fileName, String mediaType, long size, String sha256) {
}
