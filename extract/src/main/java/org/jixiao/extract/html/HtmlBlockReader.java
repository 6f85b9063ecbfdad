package org.jixiao.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.structured.BlockCollector;
import org.jixiao.extract.structured.SpanGrid;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks a parsed HTML document in document order: text between block-level boundaries becomes a
 * paragraph block ({@code <br>} ends a block, as a line break ends a line in a text export), each
 * top-level data {@code <table>} a table (a layout table is read as content, see {@link LayoutTables}). A cell's text is its paragraphs, each trimmed, joined with
 * nothing (as Word's paragraphs in a cell are, so DOCX and HTML agree), with '\n' for a
 * {@code <br>} (as Word's manual line break); a table nested in a cell is flattened into the cell's text.
 */
public final class HtmlBlockReader {
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "title",
            "svg", "object", "iframe", "select", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside",
            "main", "address", "figure", "figcaption", "form", "fieldset", "legend", "hr", "center", "caption",
            "tr", "td", "th", "body", "html");

    /** Stands for a {@code <br>} in a cell until white space is collapsed; then it becomes '\n'. */
    private static final char LINE_BREAK = '\uE000';

    private final String extractor;

    /** @param extractor the name recorded in provenance and as the tables' method ("html", "doc") */
    public HtmlBlockReader(String extractor) {
        this.extractor = Validate.notNullParam(extractor, "extractor");
    }

    public RawDocument read(Document doc, ExtractContext ctx) throws ExtractionException {
        Validate.notNullParam(doc, "doc");
        Validate.notNullParam(ctx, "ctx");
        BlockCollector out = new BlockCollector(ctx, extractor);
        Element root = doc.body() == null ? doc : doc.body();
        new Walk(out, ctx).node(root);
        return out.build(0);
    }

    /** One pass over the document, with the paragraph being collected. */
    private final class Walk {
        private final BlockCollector out;
        private final ExtractContext ctx;
        private final StringBuilder buffer = new StringBuilder();

        Walk(BlockCollector out, ExtractContext ctx) {
            this.out = out;
            this.ctx = ctx;
        }

        void node(Node node) throws ExtractionException {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode text) {
                    buffer.append(text.getWholeText());
                } else if (child instanceof Element e) {
                    element(e);
                }
            }
        }

        private void element(Element e) throws ExtractionException {
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if ("table".equals(tag)) {
                flush();
                table(e);
            } else if ("br".equals(tag)) {
                flush();
            } else if (BLOCKS.contains(tag)) {
                flush();
                node(e);
                flush();
            } else {
                node(e);
            }
        }

        private void flush() {
            if (buffer.length() > 0) {
                out.paragraph(normalize(buffer));
                buffer.setLength(0);
            }
        }

        private void table(Element table) throws ExtractionException {
            if (LayoutTables.isLayout(table)) {
                for (Element tr : rows(table)) {
                    ctx.checkDeadline();
                    for (Element cell : tr.children()) {
                        flush();
                        node(cell);
                        flush();
                    }
                }
                return;
            }
            SpanGrid grid = new SpanGrid(out::cellProvenance, ctx.limits().maxCellsPerTable());
            for (Element tr : rows(table)) {
                ctx.checkDeadline();
                grid.startRow();
                for (Element cell : tr.children()) {
                    if (isCell(cell)) {
                        grid.add(cellText(cell), span(cell, "rowspan"), span(cell, "colspan"));
                    }
                }
            }
            if (grid.truncated()) {
                ctx.warn(DiagnosticCode.TOO_MANY_CELLS, ctx.fileName() + ": table " + out.nextTableId()
                        + " has more than " + ctx.limits().maxCellsPerTable() + " cells; the rest is dropped",
                        out.cellProvenance(0, 0));
            }
            Element caption = table.selectFirst("> caption");
            out.table(grid, caption == null ? null : emptyToNull(caption.text().strip()));
        }
    }

    /** The rows of this table, not of tables nested in its cells. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if ("tr".equals(tag)) {
                rows.add(child);
            } else if ("thead".equals(tag) || "tbody".equals(tag) || "tfoot".equals(tag)) {
                for (Element tr : child.children()) {
                    if ("tr".equals(tr.normalName())) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    private static boolean isCell(Element e) {
        return "td".equals(e.normalName()) || "th".equals(e.normalName());
    }

    /** A cell's paragraphs, each trimmed, joined with nothing; nested tables' cells joined with a space. */
    static String cellText(Element cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        collect(cell, parts, buf);
        flushTo(parts, buf);
        return String.join("", parts).strip();
    }

    private static void collect(Node node, List<String> parts, StringBuilder buf) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                buf.append(text.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if ("table".equals(tag)) {
                    flushTo(parts, buf);
                    parts.add(nestedTableText(e));
                } else if ("br".equals(tag)) {
                    buf.append(LINE_BREAK);
                } else if (BLOCKS.contains(tag)) {
                    flushTo(parts, buf);
                    collect(e, parts, buf);
                    flushTo(parts, buf);
                } else {
                    collect(e, parts, buf);
                }
            }
        }
    }

    private static String nestedTableText(Element table) {
        List<String> texts = new ArrayList<>();
        for (Element tr : rows(table)) {
            for (Element cell : tr.children()) {
                if (isCell(cell)) {
                    String t = cellText(cell);
                    if (!t.isEmpty()) {
                        texts.add(t);
                    }
                }
            }
        }
        return String.join(" ", texts);
    }

    private static void flushTo(List<String> parts, StringBuilder buf) {
        if (buf.length() > 0) {
            String t = normalize(buf);
            if (!t.isEmpty()) {
                parts.add(t);
            }
            buf.setLength(0);
        }
    }

    /**
     * HTML whitespace rules: runs of white space (with no-break spaces) are one space; trimmed. A
     * {@code <br>} marker becomes '\n' with no space around it.
     */
    static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == LINE_BREAK) {
                sb.append('\n');
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    /** colspan/rowspan as HTML reads them: missing or bad is 1; rowspan 0 runs to the table's end. */
    static int span(Element cell, String attr) {
        String v = cell.attr(attr).strip();
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v);
            if (n == 0 && "rowspan".equals(attr)) {
                return Integer.MAX_VALUE;
            }
            return Math.max(1, n);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
