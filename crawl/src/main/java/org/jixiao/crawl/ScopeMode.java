package org.jixiao.crawl;

/** Which links a crawl may follow. */
public enum ScopeMode {
    /** Any URL on the host (and port) of one of the seeds. */
    SAME_HOST,
    /** URLs under one of the seeds' folders (the seed URL up to its last '/'). */
    UNDER_PREFIX
}
