package org.jixiao.crawl;

import java.util.Locale;

/** What a URL turned out to be. */
public enum ResourceKind {
    /** An HTML page whose links are followed. */
    PAGE,
    /** A report file (PDF, Word, Excel, WPS, OFD, text) or a page whose body is a report. */
    DOCUMENT,
    /** A zip of reports: each member is a {@link #MEMBER}. */
    ARCHIVE,
    /** A report inside an archive; its key is {@code archive-url!/member-name}. */
    MEMBER,
    /** A link that was not fetched (or failed before its kind was known). */
    LINK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResourceKind parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Documents, members and archives: what {@code jixiao documents} lists. */
    public boolean isDocument() {
        return this == DOCUMENT || this == MEMBER || this == ARCHIVE;
    }
}
