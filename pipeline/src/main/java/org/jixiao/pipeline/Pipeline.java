package org.jixiao.pipeline;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.structure.SectionStage;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.figures.FigureStages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.corpus.InputFiles;
import org.jixiao.corpus.ReportJson;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Report;

/**
 * The wiring every command shares: one extractor with its limits, the JSON codec, the input
 * walker. Built once per command run; close it to stop the extraction worker.
 */
public final class Pipeline implements AutoCloseable {
    /** More files than this under one command line is almost certainly a wrong path. */
    public static final int MAX_INPUT_FILES = 100_000;

    private final ReportExtractor extractor;
    private final ReportJson json;
    private final InputFiles inputs;

    public Pipeline(ReportExtractor extractor, ReportJson json, InputFiles inputs) {
        this.extractor = extractor;
        this.json = json;
        this.inputs = inputs;
    }

    public static Pipeline defaults() {
        return new Pipeline(Extractors.defaultExtractor(ExtractLimits.defaults()), new ReportJson(),
                new InputFiles(MAX_INPUT_FILES));
    }

    public ReportJson json() {
        return json;
    }

    public List<Path> expand(List<Path> paths) throws IOException {
        return inputs.expand(paths);
    }

    /**
     * A report from a document, or from a report JSON written earlier by {@code extract}. A JSON written
     * before tables had layouts (schema 1) is given its meaning again by extract's figure stages, so
     * that check and index read layouts, facts and relations decided by extract, as for a document.
     */
    public Report load(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".report.json")) {
            Report r = json.read(file);
            if (r.tables().stream().anyMatch(t -> t.layout() == null)) {
                return withMeaning(r, file);
            }
            // report JSON of schema 2 has no year mentions or section numbers: read them, the rest stands
            return r.yearMentions().isEmpty() ? upgraded(r, file) : r;
        }
        return extractor.extract(file);
    }

    private static Report withMeaning(Report r, Path file) {
        Report base = new Report(r.id(), r.source(), r.meta(), r.blocks(),
                r.tables().stream().map(t -> t.withLayout(null)).toList(), r.sections(), List.of(), List.of(),
                r.diagnostics(), List.of());
        ExtractContext ctx = new ExtractContext(r.id(), file.getFileName().toString(), "application/json",
                ExtractLimits.defaults());
        try {
            for (ReportStage s : FigureStages.create()) {
                base = s.apply(base, ctx);
            }
            return base;
        } catch (ExtractionException e) {
            return r; // the report as written: its facts stand, its tables are not checked
        }
    }

    private static Report upgraded(Report r, Path file) {
        ExtractContext ctx = new ExtractContext(r.id(), file.getFileName().toString(), "application/json",
                ExtractLimits.defaults());
        try {
            Report numbered = new Report(r.id(), r.source(), r.meta(), r.blocks(), r.tables(),
                    new SectionStage().numbered(r.sections()), r.facts(), r.indicators(), r.diagnostics(), r.relations());
            return FigureStages.yearMentions().apply(numbered, ctx);
        } catch (ExtractionException e) {
            return r;
        }
    }

    public Report extract(Path file) {
        return extractor.extract(file);
    }

    /** A report from bytes received some other way (an upload), under the same limits. */
    public Report extract(byte[] bytes, String fileName, String path) {
        return extractor.extract(bytes, fileName, path);
    }

    @Override
    public void close() {
        extractor.close();
    }
}
