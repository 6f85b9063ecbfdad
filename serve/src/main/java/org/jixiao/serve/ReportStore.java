package org.jixiao.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jixiao.corpus.ReportJson;
import org.jixiao.index.query.ReportInfo;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/**
 * The whole {@link Report} (blocks, sections, tables with spans and boxes) of an indexed report:
 * the index keeps only what it searches. Read from the report JSON that {@code jixiao run} wrote,
 * else extracted again from the original file, whose path the index stores; either is used only
 * when its sha-256 is the report id, so a file changed since indexing is never shown as the
 * indexed one. The paths come from the index, never from a request.
 */
public final class ReportStore {
    /** Extraction of a document's bytes (the pipeline's extractor, with its limits). */
    @FunctionalInterface
    public interface Extractor {
        Report extract(byte[] bytes, String fileName, String path);
    }

    private final Path reportsDir;
    private final Extractor extractor;
    private final long maxBytes;
    private final ReportJson json = new ReportJson();
    private final Map<String, Report> cache;
    /** Original files whose bytes were hashed to their id, by id (path, size and time when hashed). */
    private final Map<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();

    private record Verified(Path path, long size, FileTime modified) {
    }

    /**
     * @param reportsDir folder of {@code <file name>.report.json}, or null
     * @param maxBytes   original files larger than this are not read
     * @param cacheSize  reports kept in memory
     */
    public ReportStore(Path reportsDir, Extractor extractor, long maxBytes, int cacheSize) {
        this.reportsDir = reportsDir == null ? null : reportsDir.toAbsolutePath().normalize();
        this.extractor = Validate.notNullParam(extractor, "extractor");
        this.maxBytes = maxBytes;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** The report, or null when neither its JSON nor its original bytes are available. */
    public Report load(ReportInfo info) throws IOException {
        Validate.notNullParam(info, "info");
        synchronized (cache) {
            Report r = cache.get(info.reportId());
            if (r != null) {
                return r;
            }
        }
        Report r = fromJson(info);
        if (r == null) {
            Path src = source(info);
            if (src != null) {
                r = extractor.extract(Files.readAllBytes(src), info.fileName(), info.path());
                r = r.failed() ? null : r;
            }
        }
        if (r != null) {
            synchronized (cache) {
                cache.put(info.reportId(), r);
            }
        }
        return r;
    }

    private Report fromJson(ReportInfo info) {
        if (reportsDir == null || info.fileName() == null) {
            return null;
        }
        Path f = reportsDir.resolve(info.fileName() + ".report.json").normalize();
        if (!f.startsWith(reportsDir) || !Files.isRegularFile(f)) {
            return null;
        }
        try {
            Report r = json.read(f);
            return info.reportId().equals(r.id()) ? r : null;
        } catch (IOException | RuntimeException e) {
            // an unreadable or foreign JSON file: fall back to the original document
            return null;
        }
    }

    /**
     * The original file of the report when it is still there with the same bytes, else null.
     * Hashing is done once per file version (size and modification time).
     */
    public Path source(ReportInfo info) throws IOException {
        Validate.notNullParam(info, "info");
        if (info.path() == null) {
            return null;
        }
        Path p;
        try {
            p = Path.of(info.path());
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (!Files.isRegularFile(p)) {
            return null;
        }
        long size = Files.size(p);
        FileTime modified = Files.getLastModifiedTime(p);
        Verified v = verified.get(info.reportId());
        if (v != null && v.path().equals(p) && v.size() == size && v.modified().equals(modified)) {
            return p;
        }
        if (size > maxBytes || !info.reportId().equals(sha256(Files.readAllBytes(p)))) {
            return null;
        }
        verified.put(info.reportId(), new Verified(p, size, modified));
        return p;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
