package org.jixiao.extract.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Source;
import org.jixiao.model.Table;

/**
 * Test-only reader of the Word text dumps (tab-prefixed cells, blank line between rows), so the
 * figure stages can be tested on real documents independently of the block extractors. A row
 * with fewer cells than the table is taken to start with a merged cell, as Word prints 合计.
 */
final class TabDumpFixture {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern CAPTION = Pattern.compile("^(表\\s*\\d+.*|.*(明细表|数据表|自评表|情况表))$");

    private TabDumpFixture() {
    }

    static Report read(Path file) throws IOException {
        String text = BOOKMARK.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
        String id = "test-" + file.getFileName();
        List<Block> blocks = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean inTable = !rows.isEmpty() || !row.isEmpty();
            if (i < lines.length && line.startsWith("\t")) {
                row.add(line.substring(1));
            } else if (i < lines.length && !line.isEmpty() && !row.isEmpty()) {
                int last = row.size() - 1;
                row.set(last, row.get(last) + "\n" + line);
            } else if (line.isEmpty() && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
            } else {
                if (inTable) {
                    addTable(id, rows, blocks, tables);
                    rows = new ArrayList<>();
                }
                if (i < lines.length && !line.isBlank()) {
                    String bid = "b" + blocks.size();
                    blocks.add(Block.paragraph(bid, line.strip(), Provenance.ofBlock(id, bid, null, "text")));
                }
            }
        }
        return new Report(id, new Source(file.toString(), file.getFileName().toString(), "text/plain", 0, id),
                null, blocks, tables, List.of(), List.of(), List.of(), List.of());
    }

    private static void addTable(String id, List<List<String>> rows, List<Block> blocks, List<Table> tables) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        String tid = "t" + tables.size();
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cellsOfRow = rows.get(r);
            int missing = cols - cellsOfRow.size();
            int c = 0;
            for (int k = 0; k < cellsOfRow.size(); k++) {
                int span = k == 0 ? 1 + missing : 1;
                cells.add(new Cell(r, c, 1, span, cellsOfRow.get(k).strip(), null,
                        Provenance.ofCell(id, tid, r, c, null, "text")));
                c += span;
            }
        }
        String caption = null;
        String unitLine = null;
        for (int k = blocks.size() - 1; k >= Math.max(0, blocks.size() - 3); k--) {
            String t = blocks.get(k).text();
            if (unitLine == null && t.matches(".*单位[:：].*") && t.length() < 60) {
                unitLine = t;
            } else if (caption == null && CAPTION.matcher(t).matches() && t.length() < 60) {
                caption = t;
            }
        }
        String bid = "b" + blocks.size();
        tables.add(new Table(tid, caption, unitLine, List.of(), List.of(), "text", rows.size(), cols, cells,
                Provenance.ofBlock(id, bid, null, "text")));
        blocks.add(new Block(bid, BlockType.TABLE, "", -1, null, List.of(), tid, Provenance.ofBlock(id, bid, null, "text")));
    }
}
