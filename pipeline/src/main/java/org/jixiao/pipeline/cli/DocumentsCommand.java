package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jixiao.crawl.CrawlDb;
import org.jixiao.crawl.ManifestEntry;
import org.jixiao.pipeline.output.OutputFormat;
import org.jixiao.pipeline.output.ResultTable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao documents --data DIR [--format text|json|csv] [--all]}: the crawl manifest. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = {"The manifest of a crawl: each document's url, final url, sha-256, media type (sniffed), bytes, "
                + "fetched-at, HTTP status, ETag / Last-Modified, link text, page title, referring page, and the report "
                + "id it became (or why not). Failed URLs are listed too; --all adds pages and skipped links."})
public final class DocumentsCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("url", "kind", "outcome", "reason", "final_url", "sha256", "media_type",
            "declared_type", "bytes", "fetched_at", "http_status", "etag", "last_modified", "link_text", "page_title",
            "referrer", "parent", "report_id", "report_note");

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The data folder of crawl or update.")
    Path data;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", converter = FormatConverter.class,
            description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--all", description = "Also pages and links that were skipped.")
    boolean all;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve("crawl.db"))) {
            throw new IllegalArgumentException("no crawl in " + data + " (run jixiao crawl --data " + data + " URL first)");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ManifestEntry> rows;
        try (CrawlDb db = CrawlDb.open(data)) {
            rows = db.manifest(all);
        }
        ObjectMapper json = JsonMapper.builder().build();
        switch (format) {
            case JSON -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(asMaps(rows)));
            case CSV -> {
                ResultTable t = new ResultTable(COLUMNS);
                for (Map<String, Object> m : asMaps(rows)) {
                    t.add(m.values().stream().map(v -> v == null ? "" : v.toString()).toList());
                }
                t.print(OutputFormat.CSV, out, json);
            }
            default -> text(rows).print(OutputFormat.TEXT, out, json);
        }
        out.flush();
        return 0;
    }

    static List<Map<String, Object>> asMaps(List<ManifestEntry> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ManifestEntry e : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", e.key());
            m.put("kind", e.kind().code());
            m.put("outcome", e.outcome() == null ? null : e.outcome().code());
            m.put("reason", e.reason() == null ? null : e.reason().code());
            m.put("final_url", e.finalUrl());
            m.put("sha256", e.sha256());
            m.put("media_type", e.mediaType());
            m.put("declared_type", e.declaredType());
            m.put("bytes", e.bytes() < 0 ? null : e.bytes());
            m.put("fetched_at", e.fetchedAt());
            m.put("http_status", e.httpStatus() == 0 ? null : e.httpStatus());
            m.put("etag", e.etag());
            m.put("last_modified", e.lastModified());
            m.put("link_text", e.linkText());
            m.put("page_title", e.pageTitle());
            m.put("referrer", e.referrer());
            m.put("parent", e.parent());
            m.put("report_id", e.reportId());
            m.put("report_note", note(e));
            out.add(m);
        }
        return out;
    }

    /** Why a document is not (yet) a report, or what indexing did. */
    static String note(ManifestEntry e) {
        if (e.indexNote() != null && e.sha256() != null && e.sha256().equals(e.indexedSha())) {
            return e.indexNote();
        }
        if (e.outcome() != null && e.reason() != null) {
            return e.outcome().code() + ": " + e.reason().code() + (e.detail() == null ? "" : " (" + e.detail() + ")");
        }
        if (e.needsIndexing()) {
            return "not indexed yet (jixiao update)";
        }
        return e.detail();
    }

    private static ResultTable text(List<ManifestEntry> rows) {
        ResultTable t = new ResultTable(List.of("outcome", "kind", "bytes", "media type", "report", "url"));
        for (ManifestEntry e : rows) {
            String report = e.reportId() != null && e.reportId().equals(e.sha256()) ? e.reportId().substring(0, 12)
                    : note(e);
            t.add(List.of(e.outcome() == null ? "" : e.outcome().code(), e.kind().code(),
                    e.bytes() < 0 ? "" : Long.toString(e.bytes()), e.mediaType() == null ? "" : e.mediaType(),
                    report == null ? "" : report, e.key()));
        }
        return t;
    }
}
