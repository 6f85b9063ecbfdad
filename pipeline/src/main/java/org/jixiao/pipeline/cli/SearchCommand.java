package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.corpus.ReportJson;
import org.jixiao.index.query.SearchHit;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.index.query.SearchResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao search --index DIR | --solr ZK_OR_URL --collection NAME [--json] [--limit N] [--department D] [--year Y] QUERY}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of paragraphs, headings and table rows, with highlighted snippets "
                + "(【…】), section path and page.",
                "Terms are ANDed; \"quotes\" make a phrase; OR, NOT and parentheses work as in Lucene."})
public final class SearchCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IndexSourceOptions source;

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Mixin
    ReportFilterOptions where;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query, e.g. 三公经费.")
    List<String> query;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        source.validate(spec.commandLine(), false);
        PrintWriter out = spec.commandLine().getOut();
        try (IndexSourceOptions.Opened opened = source.open()) {
            SearchResult r = opened.index().search(new SearchRequest(String.join(" ", query), where.department, where.year, limit));
            if (json) {
                out.println(new ReportJson().mapper().writeValueAsString(r));
            } else {
                print(r, out);
            }
        }
        return 0;
    }

    private static void print(SearchResult r, PrintWriter out) {
        int i = 0;
        for (SearchHit h : r.hits()) {
            StringBuilder where = new StringBuilder();
            where.append(++i).append(". ").append(nz(h.department())).append(' ').append(h.year() == null ? "" : h.year())
                    .append(" · ").append(nz(h.fileName()));
            if (h.page() != null) {
                where.append(" · p.").append(h.page());
            }
            where.append(" · ").append("row".equals(h.type()) ? "table " + h.tableId() + " row " + h.row() : h.blockId());
            out.println(where);
            if (h.sectionPath() != null) {
                out.println("   § " + h.sectionPath());
            }
            out.println("   " + h.snippet().replace('\n', ' '));
        }
        out.println(r.hits().size() + " of " + r.totalHits() + " hits");
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
