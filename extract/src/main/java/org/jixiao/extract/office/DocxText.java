package org.jixiao.extract.office;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Text of Word paragraphs and cells as printed: automatic numbers, runs, hyperlinks, field results
 * and content controls, without deleted revisions, bookmarks or footnote markers. POI's run text leaves out
 * text boxes; {@link #textBoxParagraphs} reads them.
 */
final class DocxText {
    private final ListNumbering numbering;

    DocxText(ListNumbering numbering) {
        this.numbering = numbering;
    }

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
    private static final String TEXT_BOXES = W + ".//w:txbxContent/w:p";
    private static final String TEXTS = W + ".//w:t";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * The paragraphs of the text boxes anchored in a paragraph, in order. Word writes a modern text
     * box twice (DrawingML in mc:Choice, VML in mc:Fallback); the fallback copy is skipped.
     */
    static List<String> textBoxParagraphs(XWPFParagraph host) {
        List<String> out = new ArrayList<>();
        // Inside VML and DrawingML the schema types are lost (XmlAnyType), so read the w:t texts.
        for (XmlObject p : host.getCTP().selectPath(TEXT_BOXES)) {
            if (inFallback(p)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (XmlObject t : p.selectPath(TEXTS)) {
                try (XmlCursor c = t.newCursor()) {
                    sb.append(c.getTextValue());
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static boolean inFallback(XmlObject o) {
        try (XmlCursor c = o.newCursor()) {
            while (c.toParent()) {
                QName name = c.getName();
                if (name != null && MARKUP_COMPATIBILITY.equals(name.getNamespaceURI())
                        && "Fallback".equals(name.getLocalPart())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The paragraph's text after its automatic number, if it has one. */
    String paragraph(XWPFParagraph p) {
        return numbering.numberOf(p) + runs(p);
    }

    static String runs(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                if (r.getCTR().sizeOfDelTextArray() == 0) {
                    sb.append(r.text());
                }
            } else if (run instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            }
        }
        return sb.toString();
    }

    /**
     * A cell's paragraphs, each trimmed, joined with nothing: Word wraps long labels by paragraph
     * breaks in narrow cells, and the HTML and text renderings of the same reports join them so.
     * A table nested in the cell is flattened: its cells' texts joined with a space.
     */
    String cell(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : cell.getBodyElements()) {
            String t = switch (e.getElementType()) {
                case PARAGRAPH -> paragraph((XWPFParagraph) e);
                case TABLE -> nestedTable((XWPFTable) e);
                case CONTENTCONTROL -> ((XWPFSDT) e).getContent().getText();
            };
            t = t.strip();
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join("", parts);
    }

    private String nestedTable(XWPFTable table) {
        List<String> texts = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell c : row.getTableCells()) {
                String t = cell(c);
                if (!t.isEmpty()) {
                    texts.add(t);
                }
            }
        }
        return String.join(" ", texts);
    }
}
