package org.jixiao.crawl;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.crawl.internal.FetchResult;
import org.jixiao.crawl.internal.HttpFetcher;
import org.jixiao.crawl.internal.Normalizer;
import org.jixiao.crawl.internal.PageParser;
import org.jixiao.crawl.internal.Politeness;
import org.jixiao.crawl.internal.RobotsCache;
import org.jixiao.crawl.internal.Sniffer;
import org.jixiao.crawl.internal.UrlScope;

/**
 * Crawls from the seeds: breadth first, one request at a time, polite per host; every URL ends as
 * a typed outcome in the frontier and the manifest. A run killed at any moment is finished by the
 * next one (the frontier is in the database); the same bytes are stored once.
 */
public final class Crawler implements AutoCloseable {
    private static final int BATCH = 64;
    private final CrawlOptions options;
    private final CrawlDb db;
    private final ContentStore store;
    private final PrintWriter progress;
    private final Normalizer normalizer = new Normalizer();
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final Sniffer sniffer = new Sniffer();
    private final PageParser parser = new PageParser();
    private final DocumentRecorder recorder;
    private UrlScope scope;
    private int visited;
    /** Documents fetched in this run so far (for --max-docs). */
    private int documents;

    public Crawler(CrawlOptions options, CrawlDb db, ContentStore store, PrintWriter progress) {
        this.options = options;
        this.db = db;
        this.store = store;
        this.progress = progress;
        Politeness politeness = new Politeness(options.delay().toMillis());
        this.fetcher = new HttpFetcher(options, politeness);
        this.robots = new RobotsCache(options, politeness, progress);
        this.recorder = new DocumentRecorder(db, store, sniffer, options.maxBytes());
    }

    /** Normalised seed URLs; a seed that is not an http(s) URL is a usage error. */
    public List<String> normalizeSeeds(List<String> urls) {
        List<String> out = new ArrayList<>();
        for (String u : urls) {
            String n = normalizer.normalize(u);
            if (n == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + u);
            }
            out.add(n);
        }
        return out;
    }

    /**
     * Crawls from {@code newSeeds} and the seeds remembered from earlier runs.
     *
     * @throws IllegalArgumentException when there is no seed at all
     */
    public CrawlSummary crawl(List<String> newSeeds) throws IOException, InterruptedException {
        List<String> seeds = db.addSeeds(normalizeSeeds(newSeeds));
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed URL: give at least one (it is remembered for later runs)");
        }
        scope = new UrlScope(options.scope(), seeds);
        CrawlDb.Run run = db.beginRun(seeds);
        store.cleanTemporary();
        if (run.resumed()) {
            progress.println("resuming the interrupted run " + run.id());
        }
        documents = db.documentsThisRun();
        outer:
        while (true) {
            List<FrontierEntry> batch = db.pending(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (FrontierEntry e : batch) {
                if (documents >= options.maxDocs()) {
                    int n = db.skipPending(Reason.MAX_DOCS);
                    progress.println("--max-docs " + options.maxDocs() + " reached: " + n + " URLs left for another run");
                    break outer;
                }
                visit(e);
            }
        }
        db.finishRun(run);
        return db.summary(run.resumed());
    }

    private void visit(FrontierEntry e) throws IOException, InterruptedException {
        Reason gate = admit(e.url());
        ManifestEntry old = db.resource(e.url());
        if (gate != null) {
            FetchResult skip = new FetchResult(FetchResult.Status.SKIPPED, e.url(), 0, null, null, null, null, gate, null, -1);
            finish(e, new Visit(ResourceKind.LINK, Outcome.SKIPPED, gate, null), List.of(), List.of(recorder.link(e, old, skip)));
            return;
        }
        boolean haveOld = old != null && old.sha256() != null && store.contains(old.sha256());
        FetchResult f = fetcher.fetch(e.url(), haveOld ? old.etag() : null, haveOld ? old.lastModified() : null,
                this::admit, normalizer);
        switch (f.status()) {
            case SKIPPED -> finish(e, new Visit(ResourceKind.LINK, Outcome.SKIPPED, f.reason(), f.detail()), List.of(),
                    List.of(recorder.link(e, old, f)));
            case FAILED, REDIRECT -> finish(e, new Visit(old == null ? ResourceKind.LINK : old.kind(), Outcome.FAILED,
                    f.reason(), f.detail()), List.of(), List.of(recorder.failed(e, old, f)));
            case NOT_MODIFIED -> body(e, old, store.read(old.sha256()), old.declaredType(), old.finalUrl(), f);
            case OK -> body(e, old, f.body(), f.contentType(), f.finalUrl(), f);
            default -> throw new IllegalStateException("unexpected fetch status " + f.status());
        }
    }

    /** Null when the URL may be fetched, else why not. */
    private Reason admit(String url) throws InterruptedException {
        if (!scope.contains(url)) {
            return Reason.OUT_OF_SCOPE;
        }
        if (Sniffer.obviouslyNotDocument(Normalizer.fileName(url))) {
            return Reason.NOT_A_DOCUMENT;
        }
        return robots.allowed(url, fetcher, normalizer) ? null : Reason.ROBOTS;
    }

    private void body(FrontierEntry e, ManifestEntry old, byte[] bytes, String contentType, String finalUrl,
                      FetchResult f) throws IOException {
        String name = Normalizer.fileName(finalUrl);
        Sniffer.Sniffed s = sniffer.sniff(bytes, name);
        List<FrontierEntry> links = List.of();
        PageParser.Page page = null;
        if (s.kind() == Sniffer.Kind.HTML) {
            page = parser.parse(bytes, contentType, finalUrl);
            links = links(e, page);
        }
        DocumentRecorder.Recorded r = recorder.record(e, old, bytes, contentType, finalUrl, f, s, page,
                Instant.now().toString());
        finish(e, r.visit(), links, r.rows());
        for (DocumentRecorder.MemberVisit m : r.members()) {
            report(m.key(), m.visit());
        }
    }

    private List<FrontierEntry> links(FrontierEntry from, PageParser.Page page) {
        List<FrontierEntry> out = new ArrayList<>();
        for (PageParser.Link l : page.links()) {
            String n = normalizer.normalize(l.url());
            if (n != null && !n.equals(from.url())) {
                out.add(new FrontierEntry(n, from.depth() + 1, from.url(), l.text().isEmpty() ? null : l.text(),
                        page.title().isEmpty() ? null : page.title()));
            }
        }
        return out;
    }

    /** One transaction: the manifest rows, the links found (or skipped) and the frontier row done. */
    private void finish(FrontierEntry e, Visit v, List<FrontierEntry> links, List<ManifestEntry> rows)
            throws IOException {
        db.inTransaction(() -> {
            for (ManifestEntry row : rows) {
                db.putIn(row);
                if (row.kind() == ResourceKind.MEMBER) {
                    db.completeIn(new FrontierEntry(row.key(), e.depth(), e.url(), row.linkText(), row.pageTitle()),
                            row.kind(), row.outcome(), row.reason());
                }
            }
            enqueue(links);
            db.completeIn(e, v.kind(), v.outcome(), v.reason());
            return null;
        });
        report(e.url(), v);
    }

    private void enqueue(List<FrontierEntry> links) throws SQLException {
        List<FrontierEntry> follow = new ArrayList<>();
        for (FrontierEntry l : links) {
            if (l.depth() > options.maxDepth()) {
                db.skipIn(l, Reason.MAX_DEPTH);
            } else if (!scope.contains(l.url())) {
                db.skipIn(l, Reason.OUT_OF_SCOPE);
            } else if (Sniffer.obviouslyNotDocument(Normalizer.fileName(l.url()))) {
                db.skipIn(l, Reason.NOT_A_DOCUMENT);
            } else {
                follow.add(l);
            }
        }
        db.enqueueIn(follow);
    }

    private void report(String url, Visit v) {
        visited++;
        if ((v.kind() == ResourceKind.DOCUMENT || v.kind() == ResourceKind.ARCHIVE)
                && (v.outcome() == Outcome.NEW || v.outcome() == Outcome.CHANGED || v.outcome() == Outcome.UNCHANGED)) {
            documents++;
        }
        progress.printf("[%d] %-9s %-8s %s%s%n", visited, v.outcome().code(), v.kind().code(), url,
                v.reason() == null ? "" : " (" + v.reason().code() + (v.detail() == null ? "" : ": " + v.detail()) + ")");
        progress.flush();
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
