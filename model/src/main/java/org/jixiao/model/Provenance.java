package org.jixiao.model;

/**
 * Where a value was printed. Fields that do not apply are null: a paragraph has no table, a
 * Word file has no page. {@code charStart}/{@code charEnd}: for a block or a cell, its span in the
 * document's extracted text where the extractor knows it (the text extractor does); for a value
 * read inside a block (a sentence fact), its span within that block's text, so a reader can quote
 * the exact figure.
 *
 * @param reportId  the report's id (sha-256 of its bytes)
 * @param page      1-based page number where known
 * @param bbox      position on the page where known
 * @param blockId   the block the value is in
 * @param tableId   the table the value is in
 * @param row       0-based row of the cell in its table
 * @param col       0-based column of the cell in its table
 * @param charStart start offset (see above for what it is relative to)
 * @param charEnd   end offset (exclusive)
 * @param extractor which extractor produced it (docx, html, text, pdf, lattice, stream, sentence, ocr …)
 * @param confidence for text read by OCR, the recognizer's confidence in it (0–100, the lowest of its
 *                   words); null for text that was printed as text
 */
public record Provenance(String reportId, Integer page, BBox bbox, String blockId, String tableId,
                         Integer row, Integer col, Integer charStart, Integer charEnd, String extractor,
                         Double confidence) {

    /** Provenance of printed (not OCR'd) text. */
    public Provenance(String reportId, Integer page, BBox bbox, String blockId, String tableId,
                      Integer row, Integer col, Integer charStart, Integer charEnd, String extractor) {
        this(reportId, page, bbox, blockId, tableId, row, col, charStart, charEnd, extractor, null);
    }

    public static Provenance ofBlock(String reportId, String blockId, Integer page, String extractor) {
        return new Provenance(reportId, page, null, blockId, null, null, null, null, null, extractor);
    }

    public static Provenance ofCell(String reportId, String tableId, int row, int col, Integer page,
                                    String extractor) {
        return new Provenance(reportId, page, null, null, tableId, row, col, null, null, extractor);
    }

    public Provenance withReportId(String id) {
        return new Provenance(id, page, bbox, blockId, tableId, row, col, charStart, charEnd, extractor, confidence);
    }

    public Provenance withChars(int start, int end) {
        return new Provenance(reportId, page, bbox, blockId, tableId, row, col, start, end, extractor, confidence);
    }

    public Provenance withPage(Integer p) {
        return new Provenance(reportId, p, bbox, blockId, tableId, row, col, charStart, charEnd, extractor, confidence);
    }

    public Provenance withBBox(BBox b) {
        return new Provenance(reportId, page, b, blockId, tableId, row, col, charStart, charEnd, extractor, confidence);
    }

    public Provenance withExtractor(String e) {
        return new Provenance(reportId, page, bbox, blockId, tableId, row, col, charStart, charEnd, e, confidence);
    }

    /** The same place read by OCR with this confidence (0–100). */
    public Provenance withConfidence(Double c) {
        return new Provenance(reportId, page, bbox, blockId, tableId, row, col, charStart, charEnd, extractor, c);
    }

    /** A short human form: "p.3 table t2 r4c5 [12,20)". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (page != null) {
            sb.append("p.").append(page).append(' ');
        }
        if (tableId != null) {
            sb.append("table ").append(tableId);
            if (row != null && col != null) {
                sb.append(" r").append(row).append('c').append(col);
            }
            sb.append(' ');
        } else if (blockId != null) {
            sb.append("block ").append(blockId).append(' ');
        }
        if (charStart != null && charEnd != null) {
            sb.append('[').append(charStart).append(',').append(charEnd).append(')');
        }
        return sb.toString().trim();
    }
}
