package org.jixiao.extract.structured;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.RawDocument;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Provenance;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * Collects paragraphs and tables in reading order and gives them the ids and provenance every
 * extractor must produce: blocks "b0", "b1", …, tables "t0", "t1", …, and character offsets into
 * the document text formed by the block texts joined with '\n'.
 */
public final class BlockCollector {
    private final ExtractContext ctx;
    private final String reportId;
    private final String extractor;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private long offset;
    private boolean full;

    /** Blocks for the context's report, at most {@code maxTextChars} characters of text in all. */
    public BlockCollector(ExtractContext ctx, String extractor) {
        this.ctx = Validate.notNullParam(ctx, "ctx");
        this.reportId = ctx.reportId();
        this.extractor = Validate.notNullParam(extractor, "extractor");
    }

    /** Adds a paragraph block unless the text is blank; the text is stripped of outer whitespace. */
    public void paragraph(String text) {
        Validate.notNullParam(text, "text");
        String t = text.strip();
        if (t.isEmpty() || !room(t.length())) {
            return;
        }
        String id = "b" + blocks.size();
        blocks.add(Block.paragraph(id, t, blockProvenance(id, t)));
    }

    /** The id the next table block will get; cells need it for their provenance. */
    public String nextBlockId() {
        return "b" + blocks.size();
    }

    /** The id the next table will get. */
    public String nextTableId() {
        return "t" + tables.size();
    }

    /** Provenance of a cell of the next table. */
    public Provenance cellProvenance(int row, int col) {
        return new Provenance(reportId, null, null, nextBlockId(), nextTableId(), row, col, null, null, extractor);
    }

    /**
     * Adds a table and its TABLE block. Empty tables (no cell with text) are dropped.
     *
     * @param caption the caption the format itself gives (a sheet name), else null
     */
    public void table(SpanGrid grid, String caption) {
        Validate.notNullParam(grid, "grid");
        if (grid.rows() == 0 || grid.cols() == 0 || grid.cells().stream().allMatch(c -> c.text().isBlank())) {
            return;
        }
        String blockId = nextBlockId();
        String tableId = nextTableId();
        Provenance where = new Provenance(reportId, null, null, blockId, tableId, null, null, null, null, extractor);
        Table table = new Table(tableId, caption, null, List.of(), List.of(), extractor, grid.rows(), grid.cols(),
                grid.cells(), where);
        String text = tableText(table);
        if (!room(text.length())) {
            return;
        }
        tables.add(table);
        blocks.add(new Block(blockId, BlockType.TABLE, text, -1, null, List.of(), tableId,
                blockProvenance(blockId, text).withExtractor(extractor)));
    }

    public int blockCount() {
        return blocks.size();
    }

    public RawDocument build(int pageCount) {
        return new RawDocument(blocks, tables, pageCount);
    }

    /** True when the text fits in the limit; the first time it does not, says so once. */
    private boolean room(int chars) {
        if (!full && offset + chars > ctx.limits().maxTextChars()) {
            full = true;
            ctx.warn(DiagnosticCode.TOO_LARGE, ctx.fileName() + ": more than " + ctx.limits().maxTextChars()
                    + " characters of text; the rest of the document is dropped", null);
        }
        return !full;
    }

    private Provenance blockProvenance(String id, String text) {
        int start = (int) offset;
        Provenance p = Provenance.ofBlock(reportId, id, null, extractor).withChars(start, start + text.length());
        offset += text.length() + 1;
        return p;
    }

    /** Row by row, cells tab-separated, as the {@link Block} record documents. */
    static String tableText(Table table) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : table.grid()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(String.join("\t", row));
        }
        return sb.toString();
    }

    /** Cells sorted row-major, as {@link Table} requires. */
    static List<Cell> rowMajor(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells);
        out.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()));
        return out;
    }
}
