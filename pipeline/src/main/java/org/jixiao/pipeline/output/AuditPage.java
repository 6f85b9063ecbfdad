package org.jixiao.pipeline.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One readable HTML audit page for a report: its findings, worst first, each with both sides of the
 * disagreement and every figure quoted in its row or sentence with the figure marked. Built with
 * jsoup elements, so every text from the document is escaped.
 */
public final class AuditPage {
    private static final String CSS = "body{font-family:sans-serif;margin:2em;max-width:70em}"
            + ".ERROR{border-left:6px solid #c00}.WARNING{border-left:6px solid #e90}"
            + ".INFO{border-left:6px solid #39c}.NOT_EVALUATED{border-left:6px solid #999}"
            + "section{padding:.3em 1em;margin:1em 0;background:#fafafa}"
            + "mark{background:#ff6}td,th{padding:.2em .6em;text-align:left;vertical-align:top}"
            + "blockquote{margin:.2em 0 .2em 1em;color:#333}";

    private AuditPage() {
    }

    public static String render(Report report, List<Finding> findings) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true);
        String name = FindingJson.reportName(report);
        doc.title("jixiao audit: " + name);
        doc.head().prependElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("style").appendText(CSS);
        Element body = doc.body();
        body.appendElement("h1").text("审核发现 / Audit findings: " + name);
        Element meta = body.appendElement("p");
        meta.text(str(report.meta().department()) + " · " + str(report.meta().fiscalYear()) + " · "
                + str(report.meta().kind()) + " · report " + report.id());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        Element summary = body.appendElement("p");
        summary.text(count(sorted, Severity.ERROR) + " error · " + count(sorted, Severity.WARNING) + " warning · "
                + count(sorted, Severity.INFO) + " info · " + count(sorted, Severity.NOT_EVALUATED) + " not evaluated");
        for (Finding f : sorted) {
            finding(body.appendElement("section").addClass(f.severity().name()), f);
        }
        return doc.outerHtml();
    }

    private static void finding(Element s, Finding f) {
        s.appendElement("h3").text(f.severity().name() + " · " + f.rule());
        s.appendElement("p").text(f.messageZh());
        s.appendElement("p").appendElement("i").text(f.messageEn());
        if (f.expected() != null && f.actual() != null) {
            s.appendElement("p").text("expected " + FindingRows.interval(f.expected()) + " · printed "
                    + FindingRows.interval(f.actual()) + " · difference "
                    + (f.difference() == null ? "" : f.difference().stripTrailingZeros().toPlainString())
                    + (f.unit() == null ? "" : " " + f.unit().symbol()));
        }
        if (f.evidence().isEmpty()) {
            return;
        }
        Element table = s.appendElement("table");
        Element head = table.appendElement("tr");
        for (String h : List.of("role", "label", "value", "where", "context")) {
            head.appendElement("th").text(h);
        }
        for (Evidence e : f.evidence()) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text(str(e.role()));
            tr.appendElement("td").text(str(e.label()));
            tr.appendElement("td").text(e.quantity() == null ? "" : e.quantity().toString());
            tr.appendElement("td").text(e.provenance() == null ? "" : e.provenance().describe());
            quote(tr.appendElement("td").appendElement("blockquote"), e);
        }
    }

    /** The context with the printed figure marked, when it can be found in it. */
    private static void quote(Element q, Evidence e) {
        String ctx = str(e.context());
        String printed = e.quantity() == null ? null : e.quantity().printed();
        int at = printed == null || printed.isEmpty() ? -1 : ctx.indexOf(printed);
        if (at < 0) {
            q.text(ctx);
            return;
        }
        q.appendText(ctx.substring(0, at));
        q.appendElement("mark").text(printed);
        q.appendText(ctx.substring(at + printed.length()));
    }

    private static long count(List<Finding> fs, Severity s) {
        return fs.stream().filter(f -> f.severity() == s).count();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
