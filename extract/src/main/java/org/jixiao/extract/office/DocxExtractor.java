package org.jixiao.extract.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.extract.structured.BlockCollector;
import org.jixiao.extract.structured.SpanGrid;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;

/**
 * DOCX with POI's XWPF, read directly rather than through Tika's XHTML because Tika drops
 * {@code gridSpan} and vertical merges. Body elements in order: paragraphs (empty ones skipped),
 * tables (with spans), the paragraphs of text boxes after the paragraph that anchors them, and the
 * paragraphs of content controls.
 */
public final class DocxExtractor implements BlockExtractor {
    public static final String NAME = "docx";
    private static final String WHAT = "Word (DOCX)";

    @Override
    public String name() {
        return NAME;
    }

    /** Macro-enabled documents and templates are the same package with another main content type. */
    private static final Set<String> TYPES = Set.of(MediaTypes.DOCX,
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.template.macroenabled.12");

    @Override
    public boolean supports(String mediaType) {
        return TYPES.contains(mediaType);
    }

    @Override
    public RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        Validate.notNullParam(in, "in");
        Validate.notNullParam(ctx, "ctx");
        OPCPackage pkg = OoxmlPackages.open(in, ctx, WHAT);
        // The package was read into memory; revert() frees it, where close() would try to save it.
        try {
            XWPFDocument doc = open(pkg, ctx);
            BlockCollector out = new BlockCollector(ctx, NAME);
            DocxText text = new DocxText(new ListNumbering(doc.getNumbering()));
            for (IBodyElement e : doc.getBodyElements()) {
                ctx.checkDeadline();
                switch (e.getElementType()) {
                    case PARAGRAPH -> paragraph((XWPFParagraph) e, text, out);
                    case TABLE -> table((XWPFTable) e, text, out, ctx);
                    case CONTENTCONTROL -> contentControl((XWPFSDT) e, out);
                }
            }
            return out.build(0);
        } catch (RuntimeException e) {
            throw OoxmlPackages.failure(e, ctx, WHAT);
        } finally {
            pkg.revert();
        }
    }

    private static XWPFDocument open(OPCPackage pkg, ExtractContext ctx) throws ExtractionException {
        try {
            return new XWPFDocument(pkg);
        } catch (IOException | RuntimeException e) {
            throw OoxmlPackages.failure(e, ctx, WHAT);
        }
    }

    /**
     * The paragraph, then the paragraphs of text boxes anchored in it. A manual line break
     * (w:br) in a body paragraph starts a new block, as it starts a new line in Word's own text
     * export; in a table cell it stays a '\n' in the cell text.
     */
    private static void paragraph(XWPFParagraph p, DocxText text, BlockCollector out) {
        for (String line : text.paragraph(p).split("\n")) {
            out.paragraph(line);
        }
        for (String boxed : DocxText.textBoxParagraphs(p)) {
            out.paragraph(boxed);
        }
    }

    private static void table(XWPFTable table, DocxText text, BlockCollector out, ExtractContext ctx)
            throws ExtractionException {
        SpanGrid grid = DocxTableReader.read(table, text,
                new SpanGrid(out::cellProvenance, ctx.limits().maxCellsPerTable()), ctx);
        if (grid.truncated()) {
            ctx.warn(DiagnosticCode.TOO_MANY_CELLS, ctx.fileName() + ": table " + out.nextTableId() + " has more than "
                    + ctx.limits().maxCellsPerTable() + " cells; the rest is dropped", out.cellProvenance(0, 0));
        }
        out.table(grid, null);
    }

    /** A block-level content control (a table of contents, a form field) holds paragraphs as text lines. */
    private static void contentControl(XWPFSDT sdt, BlockCollector out) {
        for (String line : sdt.getContent().getText().split("\n")) {
            out.paragraph(line);
        }
    }
}
