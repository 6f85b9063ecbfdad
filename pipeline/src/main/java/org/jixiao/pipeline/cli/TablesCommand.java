package org.jixiao.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.pdf.PdfTables;
import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.model.BBox;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao tables [--format json|csv|tabula-json] [--pages N,M-K] [--area top,left,bottom,right] FILE.pdf}:
 * the tables of a PDF, page by page, on stdout. Exit 0 when the file was read, 1 when it could not
 * be, 2 on a usage error.
 */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Print the tables of a PDF (ruled and unruled), page by page, with merged cells as spans.")
public final class TablesCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = TablesFormatConverter.class,
            description = "json (ours, with row/column spans), csv, or tabula-json (tabula-java's layout); default: ${DEFAULT-VALUE}.")
    TableWriter.Format format;

    @Option(names = "--pages", paramLabel = "N,M-K", converter = PageRanges.Converter.class,
            description = "Pages to read, e.g. 1,3-5 (default: all).")
    PageRanges pages;

    @Option(names = "--area", paramLabel = "TOP,LEFT,BOTTOM,RIGHT",
            description = "Read only this area of each page (points from the top-left corner); the whole area is one table when it has no ruling lines.")
    String area;

    @Parameters(paramLabel = "FILE.pdf", arity = "1", description = "The PDF file.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BBox box = area == null ? null : parseArea(area);
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + ": no such file");
        }
        ExtractLimits limits = ExtractLimits.defaults();
        if (Files.size(file) > limits.maxBytes()) {
            spec.commandLine().getErr().println("jixiao tables: " + file + ": larger than " + limits.maxBytes() + " bytes");
            return 1;
        }
        List<PageTable> tables;
        try {
            tables = new PdfTables().read(Files.readAllBytes(file), file.getFileName().toString(),
                    pages == null ? PageRanges.all() : pages, box, limits.maxPages());
        } catch (ExtractionException e) {
            spec.commandLine().getErr().println("jixiao tables: " + e.code() + ": " + e.getMessage());
            return 1;
        }
        new TableWriter().write(tables, format, spec.commandLine().getOut());
        return 0;
    }

    private BBox parseArea(String value) {
        String[] v = value.split(",");
        try {
            if (v.length != 4) {
                throw new NumberFormatException();
            }
            BBox b = new BBox(Double.parseDouble(v[0].trim()), Double.parseDouble(v[1].trim()),
                    Double.parseDouble(v[2].trim()), Double.parseDouble(v[3].trim()));
            if (b.bottom() <= b.top() || b.right() <= b.left()) {
                throw new NumberFormatException();
            }
            return b;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--area '" + value
                    + "' must be four numbers top,left,bottom,right with top < bottom and left < right");
        }
    }

    /** Reads --format case-insensitively; tabula-json with a dash. */
    static final class TablesFormatConverter implements CommandLine.ITypeConverter<TableWriter.Format> {
        @Override
        public TableWriter.Format convert(String value) {
            try {
                return TableWriter.Format.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use json, csv or tabula-json");
            }
        }
    }
}
