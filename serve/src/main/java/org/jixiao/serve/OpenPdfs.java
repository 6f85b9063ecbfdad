package org.jixiao.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.jixiao.model.Validate;

/**
 * Parsed PDFs kept open for rendering, by report id, least recently used dropped first, bounded by
 * count and by bytes. A document parsed once keeps its fonts (PDFBox caches them per document):
 * parsing the fonts again was an eighth of a page render, loading the file another part. A file
 * is read into memory and used only when its sha-256 is the report id, so what is drawn is the
 * indexed file even if it changes on disk later. A {@link PDDocument} is not thread-safe: each
 * report has up to {@code perDocument} parsed copies, one thread at a time using each, so that
 * pages of one report are drawn on as many cores as pages of several; a dropped copy is closed
 * when its user is done.
 */
final class OpenPdfs implements AutoCloseable {
    /** Work on an open document that no other thread uses meanwhile. */
    @FunctionalInterface
    interface Use<T> {
        T apply(PDDocument doc) throws IOException;
    }

    /** One report's bytes and its parsed copies (guarded by the entry). */
    private static final class Entry {
        private final String reportId;
        private final Deque<PDDocument> idle = new ArrayDeque<>();
        private byte[] bytes;
        private int copies;
        private boolean dropped;

        Entry(String reportId) {
            this.reportId = reportId;
        }

        synchronized void drop() {
            dropped = true;
            idle.forEach(OpenPdfs::closeQuietly);
            idle.clear();
            notifyAll();
        }
    }

    private final int maxDocuments;
    private final long maxBytes;
    private final int perDocument;
    private final LinkedHashMap<String, Entry> open = new LinkedHashMap<>(16, 0.75f, true);
    private long openBytes;

    /**
     * @param maxDocuments documents kept open at most
     * @param maxBytes     their file sizes together at most (one larger document is still kept alone)
     * @param perDocument  parsed copies of one document at most (pages drawn at once)
     */
    OpenPdfs(int maxDocuments, long maxBytes, int perDocument) {
        Validate.isTrue(maxDocuments > 0 && maxBytes > 0 && perDocument > 0,
                "maxDocuments, maxBytes and perDocument must be positive");
        this.maxDocuments = maxDocuments;
        this.maxBytes = maxBytes;
        this.perDocument = perDocument;
    }

    /**
     * Runs {@code use} on a parsed copy of the document of {@code reportId} read from {@code pdf},
     * kept from before or parsed now.
     *
     * @throws ApiException (404) when the file's bytes are not those of the report any more
     */
    <T> T with(String reportId, Path pdf, Use<T> use) throws IOException {
        Entry e;
        synchronized (open) {
            e = open.computeIfAbsent(reportId, Entry::new);
        }
        PDDocument doc = take(e, reportId, pdf);
        try {
            return use.apply(doc);
        } finally {
            synchronized (e) {
                if (e.dropped) {
                    closeQuietly(doc);
                } else {
                    e.idle.push(doc);
                    e.notifyAll();
                }
            }
        }
    }

    /** An idle copy, else a new one while there are fewer than allowed, else the next one given back. */
    private PDDocument take(Entry e, String reportId, Path pdf) throws IOException {
        byte[] bytes;
        synchronized (e) {
            while (!e.dropped && e.idle.isEmpty() && e.copies >= perDocument) {
                try {
                    e.wait();
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for a document");
                }
            }
            if (!e.dropped && !e.idle.isEmpty()) {
                return e.idle.pop();
            }
            if (e.dropped) {
                // dropped by another thread meanwhile: parsed for this use only
                return Loader.loadPDF(read(reportId, pdf));
            }
            e.copies++;
            if (e.bytes == null) {
                try {
                    e.bytes = read(reportId, pdf);
                } catch (IOException | RuntimeException x) {
                    e.copies--;
                    throw x;
                }
                account(e);
            }
            bytes = e.bytes;
        }
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException | RuntimeException x) {
            synchronized (e) {
                e.copies--;
                e.notifyAll();
            }
            throw x;
        }
    }

    private static byte[] read(String reportId, Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        if (!reportId.equals(ReportStore.sha256(bytes))) {
            throw ApiException.notFound("the original file of the report changed since it was indexed");
        }
        return bytes;
    }

    /** Adds a newly read entry's bytes and drops the least recently used ones over the bounds. */
    private void account(Entry added) {
        List<Entry> dropped = new ArrayList<>();
        synchronized (open) {
            if (open.get(added.reportId) != added) {
                return;
            }
            openBytes += Math.max(1, added.bytes.length);
            var it = open.entrySet().iterator();
            while ((open.size() > maxDocuments || openBytes > maxBytes) && it.hasNext()) {
                Entry old = it.next().getValue();
                if (old == added) {
                    continue;
                }
                it.remove();
                openBytes -= old.bytes == null ? 0 : Math.max(1, old.bytes.length);
                dropped.add(old);
            }
        }
        // outside the map's lock; an entry's lock is only held briefly (never while drawing)
        dropped.forEach(Entry::drop);
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException x) {
            // an in-memory document holds no file: the garbage collector takes what is left
        }
    }

    /** Documents open now (for tests). */
    int size() {
        synchronized (open) {
            return (int) open.values().stream().filter(x -> x.bytes != null).count();
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
