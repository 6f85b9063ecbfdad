package org.jixiao.pipeline.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.pdf.PageReader;
import org.jixiao.extract.pdf.PdfExtractor;
import org.jixiao.extract.pdf.PdfTables;
import org.jixiao.extract.pdf.ocr.OcrPageReader;
import org.jixiao.extract.pdf.ocr.TesseractEngine;
import org.jixiao.extract.pdf.table.TableRecognizers;
import org.xml.sax.SAXException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao bench-tables DIR}: pages per second of table recognition over the PDFs of a folder,
 * beside plain Tika text extraction of the same files, and the ratio of their times. Every file is
 * read once untimed first (class loading, JIT), then {@code --rounds} times timed. Scanned pages
 * are left to OCR, timed once on their own in seconds per page.
 */
@Command(name = "bench-tables", mixinStandardHelpOptions = true,
        description = "Time PDF table recognition against plain Tika text extraction over the PDFs of a folder.")
public final class BenchTablesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1", description = "Folder with PDF files (searched recursively).")
    Path dir;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over the files (default: ${DEFAULT-VALUE}).")
    int rounds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + ": no such folder");
        }
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        List<byte[]> docs = new ArrayList<>();
        int pages = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            try (PDDocument d = Loader.loadPDF(b)) {
                pages += d.getNumberOfPages();
                docs.add(b);
            } catch (IOException e) {
                spec.commandLine().getErr().println("jixiao bench-tables: skipped " + f + ": " + e.getMessage());
            }
        }
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("jixiao bench-tables: no readable PDF in " + dir);
            return 1;
        }
        long[] tika = new long[1];
        long[] tables = new long[1];
        long[] full = new long[1];
        for (int round = 0; round <= rounds; round++) {
            for (byte[] b : docs) {
                long t0 = System.nanoTime();
                tikaText(b);
                long t1 = System.nanoTime();
                tables(b);
                long t2 = System.nanoTime();
                extract(b);
                long t3 = System.nanoTime();
                if (round > 0) {
                    tika[0] += t1 - t0;
                    tables[0] += t2 - t1;
                    full[0] += t3 - t2;
                }
            }
        }
        report(docs.size(), pages, tika[0], tables[0], full[0]);
        reportOcr(docs);
        return 0;
    }

    /** Seconds per scanned page read by OCR (one pass; tesseract dominates), when tesseract is installed. */
    private void reportOcr(List<byte[]> docs) {
        var out = spec.commandLine().getOut();
        var engine = TesseractEngine.find();
        int scanned = 0;
        long nanos = 0;
        for (byte[] b : docs) {
            int n = scannedPages(b);
            if (n == 0 || engine.isEmpty()) {
                scanned += n;
                continue;
            }
            long t0 = System.nanoTime();
            try (InputStream in = new ByteArrayInputStream(b)) {
                new PdfExtractor(TableRecognizers.standard(), engine.get()).extract(in,
                        new ExtractContext("bench", "bench.pdf", "application/pdf", ExtractLimits.defaults()));
            } catch (IOException | ExtractionException e) {
                // as above
            }
            nanos += System.nanoTime() - t0;
            scanned += n;
        }
        if (scanned == 0) {
            out.println("  OCR: no scanned pages in these files");
        } else if (engine.isEmpty()) {
            out.printf(Locale.ROOT, "  OCR: %d scanned pages, not read (tesseract is not installed)%n", scanned);
        } else {
            out.printf(Locale.ROOT, "  OCR (%s, %d dpi, OMP_THREAD_LIMIT=%s) %6.2f s/page over %d scanned pages%n",
                    engine.get().name(), OcrPageReader.DPI, System.getenv().getOrDefault("OMP_THREAD_LIMIT", "unset"),
                    nanos / 1e9 / scanned, scanned);
        }
        out.flush();
    }

    private static int scannedPages(byte[] b) {
        int n = 0;
        try (PDDocument d = Loader.loadPDF(b)) {
            PageReader reader = new PageReader();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                reader.read(d, p);
                n += reader.scanned() ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: no scanned pages to time
        }
        return n;
    }

    private void report(int files, int pages, long tika, long tables, long full) {
        double p = (double) pages * rounds;
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d PDF files, %d pages, %d timed rounds%n", dir, files, pages, rounds);
        out.printf(Locale.ROOT, "  tika text (PDFParser)            %8.1f pages/s%n", p / (tika / 1e9));
        out.printf(Locale.ROOT, "  table recognition (PdfTables)    %8.1f pages/s  time ratio to tika %.2f%n",
                p / (tables / 1e9), (double) tables / tika);
        out.printf(Locale.ROOT, "  text + tables (PdfExtractor)     %8.1f pages/s  time ratio to tika %.2f%n",
                p / (full / 1e9), (double) full / tika);
        out.flush();
    }

    private static void tikaText(byte[] b) {
        try (InputStream in = new ByteArrayInputStream(b)) {
            new PDFParser().parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            // a file Tika cannot read still costs its time; the bench goes on
        }
    }

    private static void tables(byte[] b) {
        try {
            new PdfTables().read(b, "bench.pdf", p -> true, null, Integer.MAX_VALUE);
        } catch (ExtractionException e) {
            // as above
        }
    }

    private static void extract(byte[] b) {
        try (InputStream in = new ByteArrayInputStream(b)) {
            // OCR off: scanned pages are timed apart (reportOcr)
            new PdfExtractor(TableRecognizers.standard(), null).extract(in,
                    new ExtractContext("bench", "bench.pdf", "application/pdf", ExtractLimits.defaults()));
        } catch (IOException | ExtractionException e) {
            // as above
        }
    }
}
