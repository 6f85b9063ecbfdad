package org.jixiao.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.jixiao.model.Validate;

/**
 * Parsed PDFs kept open for rendering, by report id, least recently used closed first, bounded by
 * count and by bytes. A document parsed once keeps its fonts (PDFBox caches them per document):
 * parsing the fonts again was an eighth of a page render, loading the file another part. A
 * document is read into memory and kept only when its sha-256 is the report id, so what is drawn
 * is the indexed file even if it changes on disk later. A {@link PDDocument} is not thread-safe:
 * one thread at a time uses each; a dropped one is closed when its user is done.
 */
final class OpenPdfs implements AutoCloseable {
    /** Work on an open document, under its lock. */
    @FunctionalInterface
    interface Use<T> {
        T apply(PDDocument doc) throws IOException;
    }

    private static final class Entry {
        private final String reportId;
        private final ReentrantLock lock = new ReentrantLock();
        private PDDocument doc;
        private long bytes;
        /** Out of the map: closed by whoever holds the lock when done, or now if nobody does. */
        private volatile boolean dropped;

        Entry(String reportId) {
            this.reportId = reportId;
        }

        /** Under the lock. */
        void closeDocument() {
            if (doc != null) {
                try {
                    doc.close();
                } catch (IOException e) {
                    // an in-memory document holds no file: the garbage collector takes what is left
                }
                doc = null;
            }
        }

        void drop() {
            dropped = true;
            if (lock.tryLock()) {
                try {
                    closeDocument();
                } finally {
                    lock.unlock();
                }
            }
            // else its user closes it when done (an unclosed in-memory document is only garbage)
        }
    }

    private final int maxDocuments;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> open = new LinkedHashMap<>(16, 0.75f, true);
    private long openBytes;

    /**
     * @param maxDocuments documents kept open at most
     * @param maxBytes     their file sizes together at most (one larger document is still kept alone)
     */
    OpenPdfs(int maxDocuments, long maxBytes) {
        Validate.isTrue(maxDocuments > 0 && maxBytes > 0, "maxDocuments and maxBytes must be positive");
        this.maxDocuments = maxDocuments;
        this.maxBytes = maxBytes;
    }

    /**
     * Runs {@code use} on the document of {@code reportId} read from {@code pdf}, opened now or
     * kept from before.
     *
     * @throws ApiException (404) when the file's bytes are not those of the report any more
     */
    <T> T with(String reportId, Path pdf, Use<T> use) throws IOException {
        Entry e;
        synchronized (open) {
            e = open.computeIfAbsent(reportId, Entry::new);
        }
        e.lock.lock();
        try {
            if (e.dropped) {
                // dropped by another thread between the lookup and the lock: used once, not kept
                byte[] bytes = read(reportId, pdf);
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    return use.apply(doc);
                }
            }
            if (e.doc == null) {
                byte[] bytes = read(reportId, pdf);
                e.doc = Loader.loadPDF(bytes);
                e.bytes = Math.max(1, bytes.length);
                account(e);
            }
            return use.apply(e.doc);
        } finally {
            if (e.dropped) {
                e.closeDocument();
            }
            e.lock.unlock();
        }
    }

    private static byte[] read(String reportId, Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        if (!reportId.equals(ReportStore.sha256(bytes))) {
            throw ApiException.notFound("the original file of the report changed since it was indexed");
        }
        return bytes;
    }

    /** Adds a newly opened entry's bytes and drops the least recently used ones over the bounds. */
    private void account(Entry added) {
        List<Entry> dropped = new ArrayList<>();
        synchronized (open) {
            if (open.get(added.reportId) != added) {
                return;
            }
            openBytes += added.bytes;
            var it = open.entrySet().iterator();
            while ((open.size() > maxDocuments || openBytes > maxBytes) && it.hasNext()) {
                Entry old = it.next().getValue();
                if (old == added) {
                    continue;
                }
                it.remove();
                openBytes -= old.bytes;
                dropped.add(old);
            }
        }
        dropped.forEach(Entry::drop);
    }

    /** Documents open now (for tests). */
    int size() {
        synchronized (open) {
            return (int) open.values().stream().filter(x -> x.bytes > 0).count();
        }
    }

    @Override
    public void close() {
        List<Entry> all;
        synchronized (open) {
            all = new ArrayList<>(open.values());
            open.clear();
            openBytes = 0;
        }
        all.forEach(Entry::drop);
    }
}
