package org.jixiao.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.check.Checker;
import org.jixiao.crawl.ContentStore;
import org.jixiao.crawl.CrawlDb;
import org.jixiao.crawl.CrawlOptions;
import org.jixiao.crawl.CrawlSummary;
import org.jixiao.crawl.Crawler;
import org.jixiao.crawl.ManifestEntry;
import org.jixiao.index.IndexOutcome;
import org.jixiao.index.ReportIndexer;

/**
 * The nightly job's two halves on a data folder: crawl into {@code DIR/store} and
 * {@code DIR/crawl.db}, then extract, check and index (through {@link IndexRun}, as {@code jixiao
 * index} does) only the documents whose bytes are not yet indexed, into {@code DIR/index}. What
 * indexing made of each document is written back to the manifest after the index commit that
 * holds it, so a run killed in between redoes that document as unchanged and loses nothing.
 */
public final class CrawlUpdate {
    private final Path data;
    private final PrintWriter progress;

    public CrawlUpdate(Path data, PrintWriter progress) {
        this.data = data;
        this.progress = progress;
    }

    public Path indexDir() {
        return data.resolve("index");
    }

    /** Crawls from the seeds (and those remembered in the data folder); returns the summary and failures. */
    public record CrawlResult(CrawlSummary summary, List<String> failures) {
    }

    public CrawlResult crawl(CrawlOptions options, List<String> seeds) throws IOException, InterruptedException {
        try (CrawlDb db = CrawlDb.open(data);
             Crawler c = new Crawler(options, db, new ContentStore(data.resolve("store")), progress)) {
            CrawlSummary s = c.crawl(seeds);
            return new CrawlResult(s, db.failuresThisRun());
        }
    }

    /**
     * Indexes what the manifest holds and the index does not. With nothing to index, neither the
     * extractor nor the index is opened (a nightly run without news costs only the crawl).
     */
    public IndexRun.Summary index(java.util.function.Supplier<Pipeline> pipelines, int batch) throws IOException {
        Files.createDirectories(indexDir());
        try (CrawlDb db = CrawlDb.open(data)) {
            recreateIfOtherSchema(db);
            ContentStore store = new ContentStore(data.resolve("store"));
            List<IndexRun.Input> inputs = new ArrayList<>();
            for (ManifestEntry e : db.toIndex()) {
                if (!store.contains(e.sha256())) {
                    db.recordIndexed(e.key(), null, null, "stored bytes missing: crawl again");
                    continue;
                }
                inputs.add(new IndexRun.Input(e.key(), store.path(e.sha256()), e.name(), r -> CrawlMetadata.enrich(r, e)));
            }
            if (inputs.isEmpty()) {
                return new IndexRun.Summary(0, 0, 0, 0, 0, List.of());
            }
            try (Pipeline pipeline = pipelines.get(); ReportIndexer ix = ReportIndexer.open(indexDir())) {
                return new IndexRun(pipeline, Checker.standard(), ix, batch, progress).indexInputs(inputs,
                        new ManifestListener(db));
            }
        }
    }

    /** Writes indexing outcomes to the manifest once the index has committed them. */
    private static final class ManifestListener implements IndexRun.Listener {
        private record Done(String key, String sha, String reportId, String note) {
        }

        private final CrawlDb db;
        private final List<Done> pending = new ArrayList<>();

        ManifestListener(CrawlDb db) {
            this.db = db;
        }

        @Override
        public void done(IndexRun.Input in, IndexOutcome outcome, String sha256, String why) {
            String sha = sha256;
            if (why != null) {
                pending.add(new Done(in.key(), sha, null, "not a report: " + why));
            } else {
                pending.add(new Done(in.key(), sha, sha, outcome.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }

        @Override
        public void committed() {
            try {
                for (Done d : pending) {
                    db.recordIndexed(d.key(), d.sha(), d.reportId(), d.note());
                }
                pending.clear();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The index is derived from the store: one of another schema is deleted and rebuilt from it. */
    private void recreateIfOtherSchema(CrawlDb db) throws IOException {
        try {
            ReportIndexer.checkSchema(indexDir());
        } catch (IllegalArgumentException e) {
            progress.println("jixiao update: " + e.getMessage() + "; rebuilding it from the stored documents");
            try (Stream<Path> s = Files.walk(indexDir())) {
                for (Path p : s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(indexDir())).toList()) {
                    Files.delete(p);
                }
            }
            db.forgetIndexed();
        }
    }
}
