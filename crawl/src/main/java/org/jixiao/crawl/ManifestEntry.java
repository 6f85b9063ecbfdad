package org.jixiao.crawl;

/**
 * One row of the manifest: the latest state of one URL (or one member of an archive).
 *
 * @param key          the URL, or {@code archive-url!/member} for a member
 * @param url          the URL as linked (normalised)
 * @param finalUrl     the URL the bytes came from, after redirects
 * @param kind         page, document, archive, member or link
 * @param parent       for a member: the archive's key
 * @param name         a file name for the document (from the URL or the member name)
 * @param sha256       the stored bytes' hash (null when nothing was stored)
 * @param mediaType    sniffed from the bytes (Tika), not taken from Content-Type
 * @param declaredType the Content-Type the server sent
 * @param bytes        size of the stored bytes, -1 when none
 * @param fetchedAt    ISO-8601 instant of the last fetch (or 304)
 * @param httpStatus   HTTP status of the last fetch, 0 when none
 * @param etag         ETag, for conditional GET
 * @param lastModified Last-Modified, for conditional GET
 * @param linkText     the text of the link that led here
 * @param pageTitle    the title of the page that linked here
 * @param referrer     the page that linked here
 * @param outcome      new, changed, unchanged, page, failed or skipped (last run that saw it)
 * @param reason       why it failed or was skipped
 * @param detail       a short explanation
 * @param reportId     the report id it became when indexed
 * @param indexNote    why it did not become a report, or what indexing did
 * @param indexedSha   the bytes last indexed under this key
 */
public record ManifestEntry(String key, String url, String finalUrl, ResourceKind kind, String parent, String name,
                            String sha256, String mediaType, String declaredType, long bytes, String fetchedAt,
                            int httpStatus, String etag, String lastModified, String linkText, String pageTitle,
                            String referrer, Outcome outcome, Reason reason, String detail, String reportId,
                            String indexNote, String indexedSha) {

    /** True when stored bytes are not yet indexed under this key. */
    public boolean needsIndexing() {
        return (kind == ResourceKind.DOCUMENT || kind == ResourceKind.MEMBER) && sha256 != null
                && !sha256.equals(indexedSha);
    }
}
