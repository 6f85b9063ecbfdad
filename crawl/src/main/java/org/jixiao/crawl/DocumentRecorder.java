package org.jixiao.crawl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jixiao.crawl.internal.FetchResult;
import org.jixiao.crawl.internal.PageParser;
import org.jixiao.crawl.internal.Sniffer;
import org.jixiao.crawl.internal.ZipMembers;

/**
 * Turns a fetched body into stored bytes and manifest rows: a page, a document, an archive with
 * one row per member, or something that is not a report. Bytes are written to the store before
 * the rows that name them are committed.
 */
final class DocumentRecorder {
    /** Members read from one archive at most. */
    static final int MAX_MEMBERS = 500;

    /** A member of an archive and how it ended. */
    record MemberVisit(String key, Visit visit) {
    }

    /** What recording a body produced. */
    record Recorded(Visit visit, List<ManifestEntry> rows, List<MemberVisit> members) {
    }

    private final CrawlDb db;
    private final ContentStore store;
    private final Sniffer sniffer;
    private final ZipMembers zips;

    DocumentRecorder(CrawlDb db, ContentStore store, Sniffer sniffer, long maxBytes) {
        this.db = db;
        this.store = store;
        this.sniffer = sniffer;
        this.zips = new ZipMembers(MAX_MEMBERS, maxBytes);
    }

    /** The fields every row of one fetch shares. */
    private record Fetch(FrontierEntry entry, ManifestEntry old, String finalUrl, String declaredType, FetchResult result,
                         String now) {
        String etag() {
            return result.etag() != null ? result.etag() : old == null ? null : old.etag();
        }

        String lastModified() {
            return result.lastModified() != null ? result.lastModified() : old == null ? null : old.lastModified();
        }
    }

    Recorded record(FrontierEntry e, ManifestEntry old, byte[] bytes, String contentType, String finalUrl,
                    FetchResult f, Sniffer.Sniffed s, PageParser.Page page, String now) throws IOException {
        Fetch fx = new Fetch(e, old, finalUrl, contentType, f, now);
        String name = org.jixiao.crawl.internal.Normalizer.fileName(finalUrl);
        switch (s.kind()) {
            case HTML -> {
                String sha = store.put(bytes);
                if (page != null && page.reportBody()) {
                    String htmlName = name.toLowerCase(Locale.ROOT).matches(".*\\.s?html?$") ? name : name + ".html";
                    Outcome o = outcome(old, sha);
                    ManifestEntry row = row(fx, e.url(), ResourceKind.DOCUMENT, null, htmlName, sha, s.mediaType(),
                            bytes.length, o, null, "report in the page body", page.title());
                    return new Recorded(new Visit(ResourceKind.DOCUMENT, o, null, "report in the page body"), List.of(row),
                            List.of());
                }
                ManifestEntry row = row(fx, e.url(), ResourceKind.PAGE, null, name, sha, s.mediaType(), bytes.length,
                        Outcome.PAGE, null, null, null);
                return new Recorded(new Visit(ResourceKind.PAGE, Outcome.PAGE, null, null), List.of(row), List.of());
            }
            case DOCUMENT -> {
                String sha = store.put(bytes);
                Outcome o = outcome(old, sha);
                ManifestEntry row = row(fx, e.url(), ResourceKind.DOCUMENT, null, name, sha, s.mediaType(), bytes.length,
                        o, null, null, null);
                return new Recorded(new Visit(ResourceKind.DOCUMENT, o, null, null), List.of(row), List.of());
            }
            case ARCHIVE -> {
                return archive(fx, name, bytes, s);
            }
            default -> {
                String why = "a " + s.mediaType() + " file";
                ManifestEntry row = row(fx, e.url(), ResourceKind.LINK, null, name, null, s.mediaType(), bytes.length,
                        Outcome.SKIPPED, Reason.NOT_A_DOCUMENT, why, null);
                return new Recorded(new Visit(ResourceKind.LINK, Outcome.SKIPPED, Reason.NOT_A_DOCUMENT, why), List.of(row),
                        List.of());
            }
        }
    }

    private Recorded archive(Fetch fx, String name, byte[] bytes, Sniffer.Sniffed s) throws IOException {
        String key = fx.entry().url();
        List<ZipMembers.Member> members;
        try {
            members = zips.read(bytes);
        } catch (ZipMembers.BadArchiveException ex) {
            ManifestEntry row = row(fx, key, ResourceKind.ARCHIVE, null, name, null, s.mediaType(), bytes.length,
                    Outcome.FAILED, Reason.BAD_ARCHIVE, ex.getMessage(), null);
            return new Recorded(new Visit(ResourceKind.ARCHIVE, Outcome.FAILED, Reason.BAD_ARCHIVE, ex.getMessage()),
                    List.of(row), List.of());
        }
        List<ManifestEntry> rows = new ArrayList<>();
        List<MemberVisit> visits = new ArrayList<>();
        for (ZipMembers.Member m : members) {
            String mkey = key + "!/" + m.name();
            String base = ZipMembers.baseName(m.name());
            Sniffer.Sniffed ms = sniffer.sniff(m.bytes(), base);
            ManifestEntry mold = db.resource(mkey);
            Fetch mfx = new Fetch(fx.entry(), mold, fx.finalUrl(), null, fx.result(), fx.now());
            if (ms.kind() == Sniffer.Kind.DOCUMENT) {
                String sha = store.put(m.bytes());
                Outcome o = outcome(mold, sha);
                rows.add(row(mfx, mkey, ResourceKind.MEMBER, key, base, sha, ms.mediaType(), m.bytes().length, o, null,
                        null, null));
                visits.add(new MemberVisit(mkey, new Visit(ResourceKind.MEMBER, o, null, null)));
            } else {
                String why = (ms.kind() == Sniffer.Kind.ARCHIVE ? "an archive inside the archive (not opened)" : "a "
                        + ms.mediaType() + " file");
                rows.add(row(mfx, mkey, ResourceKind.MEMBER, key, base, null, ms.mediaType(), m.bytes().length,
                        Outcome.SKIPPED, Reason.NOT_A_DOCUMENT, why, null));
                visits.add(new MemberVisit(mkey, new Visit(ResourceKind.MEMBER, Outcome.SKIPPED, Reason.NOT_A_DOCUMENT, why)));
            }
        }
        String sha = store.put(bytes);
        Outcome o = outcome(fx.old(), sha);
        String detail = members.size() + " members";
        rows.add(0, row(fx, key, ResourceKind.ARCHIVE, null, name, sha, s.mediaType(), bytes.length, o, null, detail,
                null));
        return new Recorded(new Visit(ResourceKind.ARCHIVE, o, null, detail), rows, visits);
    }

    private static Outcome outcome(ManifestEntry old, String sha) {
        if (old == null || old.sha256() == null) {
            return Outcome.NEW;
        }
        return old.sha256().equals(sha) ? Outcome.UNCHANGED : Outcome.CHANGED;
    }

    private static ManifestEntry row(Fetch fx, String key, ResourceKind kind, String parent, String name, String sha,
                                     String mediaType, long bytes, Outcome o, Reason r, String detail, String ownTitle) {
        FrontierEntry e = fx.entry();
        ManifestEntry old = fx.old();
        return new ManifestEntry(key, e.url(), fx.finalUrl(), kind, parent, name, sha, mediaType, fx.declaredType(), bytes,
                fx.now(), fx.result().httpStatus(), fx.etag(), fx.lastModified(),
                pick(e.linkText(), old == null ? null : old.linkText()),
                pick(ownTitle, pick(e.referrerTitle(), old == null ? null : old.pageTitle())),
                pick(e.referrer(), old == null ? null : old.referrer()), o, r, detail,
                old == null ? null : old.reportId(), old == null ? null : old.indexNote(),
                old == null ? null : old.indexedSha());
    }

    private static String pick(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** A link not fetched (a redirect out of scope or disallowed). */
    ManifestEntry link(FrontierEntry e, ManifestEntry old, FetchResult f) {
        Fetch fx = new Fetch(e, old, f.finalUrl(), null, f, java.time.Instant.now().toString());
        return row(fx, e.url(), old == null ? ResourceKind.LINK : old.kind(), null, null,
                old == null ? null : old.sha256(), old == null ? null : old.mediaType(), old == null ? -1 : old.bytes(),
                Outcome.SKIPPED, f.reason(), f.detail(), null);
    }

    /** A failed fetch: what was stored before stays (a failed re-fetch loses nothing). */
    ManifestEntry failed(FrontierEntry e, ManifestEntry old, FetchResult f) {
        Fetch fx = new Fetch(e, old, f.finalUrl(), old == null ? null : old.declaredType(), f,
                java.time.Instant.now().toString());
        return row(fx, e.url(), old == null ? ResourceKind.LINK : old.kind(), old == null ? null : old.parent(),
                old == null ? org.jixiao.crawl.internal.Normalizer.fileName(e.url()) : old.name(),
                old == null ? null : old.sha256(), old == null ? null : old.mediaType(), old == null ? -1 : old.bytes(),
                Outcome.FAILED, f.reason(), f.detail(), null);
    }
}
