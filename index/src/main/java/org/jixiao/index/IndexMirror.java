package org.jixiao.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.Document;

/**
 * Hears every change {@link ReportIndexer} writes, so that another index (a search server) can
 * hold the same documents: the indexer keeps the bookkeeping (which paths hold which reports,
 * which rendition is shown) and the mirror only repeats its writes. Each call comes before the
 * local write, so a mirror that fails leaves the local index without the change too.
 */
public interface IndexMirror {
    /** Mirrors nothing. */
    IndexMirror NONE = new IndexMirror() {
        @Override
        public void replace(String reportId, List<Document> docs) {
        }

        @Override
        public void hidden(String reportId, boolean hidden) {
        }

        @Override
        public void delete(String reportId) {
        }

        @Override
        public void commit() {
        }
    };

    /** The documents of a report, replacing any it had (the report document first, as built). */
    void replace(String reportId, List<Document> docs) throws IOException;

    /**
     * The documents of a report the local index does not hold: a mirror kept in step holds none
     * of them either, so it may skip deleting (which a search server may do slowly).
     */
    default void add(String reportId, List<Document> docs) throws IOException {
        replace(reportId, docs);
    }

    /** Shows ({@code false}) or hides ({@code true}) every document of a report (renditions, versions). */
    void hidden(String reportId, boolean hidden) throws IOException;

    /** Deletes every document of a report. */
    void delete(String reportId) throws IOException;

    /** Makes the changes so far durable and visible. */
    void commit() throws IOException;
}
