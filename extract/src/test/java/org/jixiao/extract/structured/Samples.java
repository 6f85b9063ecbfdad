package org.jixiao.extract.structured;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Table;

/** The repository's sample reports (surefire runs in the module folder) and small helpers over them. */
public final class Samples {
    public static final Path SELFEVAL = Path.of("..", "samples", "selfeval");
    public static final String R000 = "000_c5690e2b1ac97a5d";
    public static final String R003 = "003_d7c6b592d197c283";

    private Samples() {
    }

    public static Path selfeval(String name) {
        return SELFEVAL.resolve(name);
    }

    public static RawDocument extract(BlockExtractor ex, Path file) throws IOException, ExtractionException {
        return extract(ex, file, ExtractLimits.defaults());
    }

    public static RawDocument extract(BlockExtractor ex, Path file, ExtractLimits limits)
            throws IOException, ExtractionException {
        ExtractContext ctx = new ExtractContext("rep-" + file.getFileName(), file.getFileName().toString(), null, limits);
        try (InputStream in = Files.newInputStream(file)) {
            return ex.extract(in, ctx);
        }
    }

    /** The paragraph texts of the two blocks before the table's block (caption, unit line). */
    public static List<String> textsBefore(RawDocument doc, Table table, int n) {
        int at = indexOfTableBlock(doc, table);
        return doc.blocks().subList(Math.max(0, at - n), at).stream().map(Block::text).collect(Collectors.toList());
    }

    public static int indexOfTableBlock(RawDocument doc, Table table) {
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (b.type() == BlockType.TABLE && table.id().equals(b.tableId())) {
                return i;
            }
        }
        throw new AssertionError("no block for table " + table.id());
    }

    /** Rows whose first cell is a plain item number: the data rows of a numbered table. */
    public static long numberedRows(Table t) {
        return t.grid().stream().filter(r -> r.get(0).matches("\\d+")).count();
    }
}
