package org.jixiao.extract.office;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Text of Word paragraphs and cells as printed: runs, hyperlinks, field results and content
 * controls, without deleted revisions, bookmarks or footnote markers, and with the text of text
 * boxes anchored in a run (POI's run text carries it).
 */
final class DocxText {
    private DocxText() {
    }

    static String paragraph(XWPFParagraph p) {
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
    static String cell(XWPFTableCell cell) {
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

    private static String nestedTable(XWPFTable table) {
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
