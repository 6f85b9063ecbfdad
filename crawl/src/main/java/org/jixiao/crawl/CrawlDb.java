package org.jixiao.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frontier and the manifest in one SQLite file ({@code DIR/crawl.db}, WAL journal).
 * Each visited URL is recorded in one transaction (its manifest rows, the links it found and its
 * frontier row marked done), so a process killed at any moment leaves either the whole visit or
 * none of it; the next run starts again from the pending rows.
 */
public final class CrawlDb implements AutoCloseable {
    static final String SCHEMA = "1";
    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE IF NOT EXISTS seeds(url TEXT PRIMARY KEY, added_at TEXT)",
        "CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT, finished_at TEXT)",
        "CREATE TABLE IF NOT EXISTS frontier(url TEXT PRIMARY KEY, seq INTEGER NOT NULL, depth INTEGER, referrer TEXT,"
            + " link_text TEXT, referrer_title TEXT, state TEXT NOT NULL, kind TEXT, outcome TEXT, reason TEXT)",
        "CREATE INDEX IF NOT EXISTS frontier_pending ON frontier(state, seq)",
        "CREATE INDEX IF NOT EXISTS frontier_seq ON frontier(seq)",
        "CREATE TABLE IF NOT EXISTS resources(key TEXT PRIMARY KEY, url TEXT, final_url TEXT, kind TEXT, parent TEXT,"
            + " name TEXT, sha256 TEXT, media_type TEXT, declared_type TEXT, bytes INTEGER, fetched_at TEXT,"
            + " http_status INTEGER, etag TEXT, last_modified TEXT, link_text TEXT, page_title TEXT, referrer TEXT,"
            + " outcome TEXT, reason TEXT, detail TEXT, report_id TEXT, index_note TEXT, indexed_sha TEXT)",
        "CREATE INDEX IF NOT EXISTS resources_parent ON resources(parent)",
    };
    private final Connection db;

    private CrawlDb(Connection db) {
        this.db = db;
    }

    /** Opens (or creates) {@code dir/crawl.db}. */
    public static CrawlDb open(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + dir.resolve("crawl.db").toAbsolutePath());
            Connection c = ds.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // WAL + NORMAL: a committed visit survives the process being killed (only a power cut may lose the last ones)
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                for (String ddl : DDL) {
                    s.execute(ddl);
                }
                s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('schema', '" + SCHEMA + "')");
            }
            c.setAutoCommit(false);
            c.commit();
            return new CrawlDb(c);
        } catch (SQLException e) {
            throw new IOException("cannot open the crawl database in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Work that runs in one transaction. */
    public interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    public synchronized <T> T inTransaction(Work<T> work) throws IOException {
        try {
            T t = work.run();
            db.commit();
            return t;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            if (e instanceof SQLException s) {
                throw new IOException("crawl database: " + s.getMessage(), s);
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
    }

    // ---- seeds and runs

    /** Remembers seeds for later runs; returns all seeds. */
    public List<String> addSeeds(List<String> urls) throws IOException {
        return inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO seeds(url, added_at) VALUES(?, ?)")) {
                for (String u : urls) {
                    ps.setString(1, u);
                    ps.setString(2, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            List<String> all = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT url FROM seeds ORDER BY rowid")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            return all;
        });
    }

    /** A run: its id, and whether it continues an interrupted one. */
    public record Run(long id, boolean resumed) {
    }

    /**
     * Continues the last run when it was interrupted; otherwise starts a new one whose frontier
     * holds the seeds only.
     */
    public Run beginRun(List<String> seeds) throws IOException {
        return inTransaction(() -> {
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    enqueueIn(seeds.stream().map(u -> new FrontierEntry(u, 0, null, null, null)).toList());
                    return new Run(id, true);
                }
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM frontier");
                s.executeUpdate("INSERT INTO runs(started_at) VALUES('" + Instant.now() + "')");
            }
            enqueueIn(seeds.stream().map(u -> new FrontierEntry(u, 0, null, null, null)).toList());
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT max(id) FROM runs")) {
                rs.next();
                return new Run(rs.getLong(1), false);
            }
        });
    }

    public void finishRun(Run run) throws IOException {
        inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("UPDATE runs SET finished_at = ? WHERE id = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setLong(2, run.id());
                return ps.executeUpdate();
            }
        });
    }

    // ---- frontier

    /** Adds URLs not yet in this run's frontier (call inside a transaction). */
    public int enqueueIn(List<FrontierEntry> entries) throws SQLException {
        int added = 0;
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO frontier(url, seq, depth, referrer,"
                + " link_text, referrer_title, state) VALUES(?, (SELECT coalesce(max(seq), 0) + 1 FROM frontier), ?, ?, ?, ?, 'pending')")) {
            for (FrontierEntry e : entries) {
                ps.setString(1, e.url());
                ps.setInt(2, e.depth());
                ps.setString(3, e.referrer());
                ps.setString(4, e.linkText());
                ps.setString(5, e.referrerTitle());
                added += ps.executeUpdate();
            }
        }
        return added;
    }

    /** Records a URL's end in this run (call inside a transaction); inserts it when it was never pending. */
    public void completeIn(FrontierEntry e, ResourceKind kind, Outcome outcome, Reason reason) throws SQLException {
        enqueueIn(List.of(e));
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE frontier SET state = 'done', kind = ?, outcome = ?, reason = ? WHERE url = ?")) {
            ps.setString(1, kind.code());
            ps.setString(2, outcome.code());
            ps.setString(3, reason == null ? null : reason.code());
            ps.setString(4, e.url());
            ps.executeUpdate();
        }
    }

    /** Records a link that is not fetched, unless it is already in this run's frontier (call inside a transaction). */
    public void skipIn(FrontierEntry e, Reason reason) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO frontier(url, seq, depth, referrer,"
                + " link_text, referrer_title, state, kind, outcome, reason) VALUES(?, (SELECT coalesce(max(seq), 0) + 1"
                + " FROM frontier), ?, ?, ?, ?, 'done', 'link', 'skipped', ?)")) {
            ps.setString(1, e.url());
            ps.setInt(2, e.depth());
            ps.setString(3, e.referrer());
            ps.setString(4, e.linkText());
            ps.setString(5, e.referrerTitle());
            ps.setString(6, reason.code());
            ps.executeUpdate();
        }
    }

    /** Ends the run's pending URLs as skipped (a limit was reached). */
    public int skipPending(Reason reason) throws IOException {
        return inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("UPDATE frontier SET state = 'done', kind = 'link',"
                    + " outcome = 'skipped', reason = ? WHERE state = 'pending'")) {
                ps.setString(1, reason.code());
                return ps.executeUpdate();
            }
        });
    }

    /** The next pending URLs in discovery order. */
    public synchronized List<FrontierEntry> pending(int limit) throws IOException {
        try (PreparedStatement ps = db.prepareStatement("SELECT url, depth, referrer, link_text, referrer_title FROM frontier"
                + " WHERE state = 'pending' ORDER BY seq LIMIT ?")) {
            ps.setInt(1, limit);
            List<FrontierEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FrontierEntry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IOException("crawl database: " + e.getMessage(), e);
        }
    }

    /** Counts of this run's frontier by kind, outcome and reason. */
    public synchronized CrawlSummary summary(boolean resumed) throws IOException {
        int pages = 0;
        Map<Outcome, Integer> docs = new HashMap<>();
        Map<String, Integer> failed = new HashMap<>();
        Map<String, Integer> skipped = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT kind, outcome, reason, count(*)"
                + " FROM frontier WHERE state = 'done' GROUP BY kind, outcome, reason")) {
            while (rs.next()) {
                Outcome o = Outcome.parse(rs.getString(2));
                String reason = rs.getString(3) == null ? "unknown" : rs.getString(3);
                int n = rs.getInt(4);
                switch (o) {
                    case PAGE -> pages += n;
                    case FAILED -> failed.merge(reason, n, Integer::sum);
                    case SKIPPED -> skipped.merge(reason, n, Integer::sum);
                    default -> {
                        if (!ResourceKind.ARCHIVE.code().equals(rs.getString(1))) {
                            docs.merge(o, n, Integer::sum);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("crawl database: " + e.getMessage(), e);
        }
        return new CrawlSummary(pages, docs.getOrDefault(Outcome.NEW, 0), docs.getOrDefault(Outcome.CHANGED, 0),
                docs.getOrDefault(Outcome.UNCHANGED, 0), failed, skipped, resumed);
    }

    /** This run's failures: "url: reason (detail)", in discovery order. */
    public synchronized List<String> failuresThisRun() throws IOException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT f.url, f.reason, r.detail"
                + " FROM frontier f LEFT JOIN resources r ON r.key = f.url WHERE f.state = 'done' AND f.outcome = 'failed'"
                + " ORDER BY f.seq")) {
            while (rs.next()) {
                out.add(rs.getString(1) + ": " + rs.getString(2) + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")"));
            }
        } catch (SQLException e) {
            throw new IOException("crawl database: " + e.getMessage(), e);
        }
        return out;
    }

    /** Forgets what was indexed (the index was deleted): every document is indexed again by the next update. */
    public int forgetIndexed() throws IOException {
        return inTransaction(() -> {
            try (Statement s = db.createStatement()) {
                return s.executeUpdate("UPDATE resources SET indexed_sha = NULL, report_id = NULL, index_note = NULL");
            }
        });
    }

    /** Documents fetched in this run (for --max-docs). */
    public synchronized int documentsThisRun() throws IOException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM frontier WHERE"
                + " state = 'done' AND kind IN ('document', 'archive') AND outcome IN ('new', 'changed', 'unchanged')")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IOException("crawl database: " + e.getMessage(), e);
        }
    }

    // ---- manifest

    /** The manifest row of {@code key}, or null. */
    public synchronized ManifestEntry resource(String key) throws IOException {
        try (PreparedStatement ps = db.prepareStatement("SELECT * FROM resources WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ManifestRows.read(rs) : null;
            }
        } catch (SQLException e) {
            throw new IOException("crawl database: " + e.getMessage(), e);
        }
    }

    /** Writes a manifest row (call inside a transaction). */
    public void putIn(ManifestEntry e) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(ManifestRows.UPSERT)) {
            ManifestRows.bind(ps, e);
            ps.executeUpdate();
        }
    }

    /** Members recorded for an archive. */
    public synchronized List<ManifestEntry> members(String archiveKey) throws IOException {
        return query("SELECT * FROM resources WHERE parent = ? ORDER BY key", archiveKey);
    }

    /** The manifest: documents, members, archives and every failure; with {@code all}, pages and skipped links too. */
    public synchronized List<ManifestEntry> manifest(boolean all) throws IOException {
        return all ? query("SELECT * FROM resources ORDER BY key")
                : query("SELECT * FROM resources WHERE kind IN ('document', 'member', 'archive') OR outcome = 'failed'"
                        + " ORDER BY key");
    }

    /** Documents whose stored bytes are not yet indexed under their key. */
    public synchronized List<ManifestEntry> toIndex() throws IOException {
        return query("SELECT * FROM resources WHERE kind IN ('document', 'member') AND sha256 IS NOT NULL"
                + " AND (indexed_sha IS NULL OR indexed_sha <> sha256) ORDER BY key");
    }

    /** Records what indexing made of a document. */
    public void recordIndexed(String key, String sha, String reportId, String note) throws IOException {
        inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement(
                    "UPDATE resources SET indexed_sha = ?, report_id = ?, index_note = ? WHERE key = ?")) {
                ps.setString(1, sha);
                ps.setString(2, reportId);
                ps.setString(3, note);
                ps.setString(4, key);
                return ps.executeUpdate();
            }
        });
    }

    private List<ManifestEntry> query(String sql, String... args) throws IOException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<ManifestEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ManifestRows.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IOException("crawl database: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException("crawl database: " + e.getMessage(), e);
        }
    }
}
