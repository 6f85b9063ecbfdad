package org.jixiao.crawl;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Maps {@link ManifestEntry} to and from the {@code resources} table. */
final class ManifestRows {
    static final String UPSERT = "INSERT OR REPLACE INTO resources(key, url, final_url, kind, parent, name, sha256,"
            + " media_type, declared_type, bytes, fetched_at, http_status, etag, last_modified, link_text, page_title,"
            + " referrer, outcome, reason, detail, report_id, index_note, indexed_sha)"
            + " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ManifestRows() {
    }

    static void bind(PreparedStatement ps, ManifestEntry e) throws SQLException {
        String[] s = {e.key(), e.url(), e.finalUrl(), e.kind().code(), e.parent(), e.name(), e.sha256(), e.mediaType(),
            e.declaredType()};
        for (int i = 0; i < s.length; i++) {
            ps.setString(i + 1, s[i]);
        }
        ps.setLong(10, e.bytes());
        ps.setString(11, e.fetchedAt());
        ps.setInt(12, e.httpStatus());
        String[] t = {e.etag(), e.lastModified(), e.linkText(), e.pageTitle(), e.referrer(),
            e.outcome() == null ? null : e.outcome().code(), e.reason() == null ? null : e.reason().code(), e.detail(),
            e.reportId(), e.indexNote(), e.indexedSha()};
        for (int i = 0; i < t.length; i++) {
            if (t[i] == null) {
                ps.setNull(13 + i, Types.VARCHAR);
            } else {
                ps.setString(13 + i, t[i]);
            }
        }
    }

    static ManifestEntry read(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        String reason = rs.getString("reason");
        return new ManifestEntry(rs.getString("key"), rs.getString("url"), rs.getString("final_url"),
                ResourceKind.parse(rs.getString("kind")), rs.getString("parent"), rs.getString("name"),
                rs.getString("sha256"), rs.getString("media_type"), rs.getString("declared_type"), rs.getLong("bytes"),
                rs.getString("fetched_at"), rs.getInt("http_status"), rs.getString("etag"), rs.getString("last_modified"),
                rs.getString("link_text"), rs.getString("page_title"), rs.getString("referrer"),
                outcome == null ? null : Outcome.parse(outcome), reason == null ? null : Reason.parse(reason),
                rs.getString("detail"), rs.getString("report_id"), rs.getString("index_note"), rs.getString("indexed_sha"));
    }
}
