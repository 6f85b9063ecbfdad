package org.jixiao.crawl.internal;

import org.jixiao.crawl.Reason;

/**
 * One URL fetched, after redirects and retries.
 *
 * @param status       OK with a complete body, NOT_MODIFIED (304), FAILED or SKIPPED (a redirect left the scope)
 * @param finalUrl     the URL the body came from (after redirects)
 * @param httpStatus   the last HTTP status, 0 when no response came
 * @param body         the complete, decoded body (OK only)
 * @param contentType  the Content-Type header as sent
 * @param etag         the ETag header
 * @param lastModified the Last-Modified header
 * @param reason       why it failed or was skipped
 * @param detail       a short human explanation
 * @param retryAfterMs the server's Retry-After in milliseconds, -1 when it sent none
 */
public record FetchResult(Status status, String finalUrl, int httpStatus, byte[] body, String contentType,
                          String etag, String lastModified, Reason reason, String detail, long retryAfterMs) {
    /** How the fetch ended; REDIRECT only between hops (finalUrl is the Location), never returned by fetch. */
    public enum Status { OK, NOT_MODIFIED, REDIRECT, FAILED, SKIPPED }

    static FetchResult failed(String url, int http, Reason reason, String detail) {
        return new FetchResult(Status.FAILED, url, http, null, null, null, null, reason, detail, -1);
    }

    static FetchResult skipped(String url, Reason reason, String detail) {
        return new FetchResult(Status.SKIPPED, url, 0, null, null, null, null, reason, detail, -1);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
