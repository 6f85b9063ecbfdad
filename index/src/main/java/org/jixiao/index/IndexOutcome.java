package org.jixiao.index;

/** What indexing one file did. */
public enum IndexOutcome {
    /** A report not in the index before. */
    ADDED,
    /** The same bytes were already indexed for this path: nothing written. */
    UNCHANGED,
    /** The path had other bytes before: their documents were replaced. */
    REPLACED,
    /** The path's documents were deleted. */
    REMOVED,
    /** Extraction failed: nothing written. */
    FAILED
}
