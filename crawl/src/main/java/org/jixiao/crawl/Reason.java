package org.jixiao.crawl;

import java.util.Locale;

/** Why a URL failed or was skipped; {@link #code()} is what the manifest and the summary print. */
public enum Reason {
    /** The whole download took longer than the call timeout (a body that trickles). */
    TIMEOUT,
    /** The body is larger than --max-bytes (also after gzip decoding: a gzip bomb). */
    TOO_LARGE,
    /** The connection closed before the announced Content-Length. */
    TRUNCATED,
    /** A redirect came back to a URL already visited in the chain. */
    REDIRECT_LOOP,
    /** More redirects than allowed. */
    TOO_MANY_REDIRECTS,
    /** An HTTP error status after the retries (detail: the status). */
    HTTP_ERROR,
    /** Connection refused, reset, DNS or TLS failure. */
    CONNECTION,
    /** An archive that cannot be read, or whose members break the limits. */
    BAD_ARCHIVE,
    /** robots.txt disallows it. */
    ROBOTS,
    /** Not under the seeds' hosts or prefixes. */
    OUT_OF_SCOPE,
    /** An image, style sheet, script or other file that is neither a page nor a report. */
    NOT_A_DOCUMENT,
    /** Deeper than --max-depth. */
    MAX_DEPTH,
    /** Found after --max-docs documents were stored. */
    MAX_DOCS,
    /** A link that is not a valid http(s) URL. */
    BAD_URL;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Reason parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
