package org.jixiao.crawl;

import java.util.Locale;

/** What happened to one URL in a run; failures and skips say why in a {@link Reason}. */
public enum Outcome {
    /** A listing or detail page: its links were followed. */
    PAGE,
    /** A document stored for the first time under this URL. */
    NEW,
    /** A document whose bytes differ from the ones stored last time. */
    CHANGED,
    /** A document with the same bytes as last time (or a 304). */
    UNCHANGED,
    /** Fetching or storing failed. */
    FAILED,
    /** Not fetched: out of scope, disallowed by robots.txt, not a document, beyond a limit. */
    SKIPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
