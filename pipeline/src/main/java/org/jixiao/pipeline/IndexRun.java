package org.jixiao.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.jixiao.check.Checker;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.index.IndexOutcome;
import org.jixiao.index.ReportIndexer;
import org.jixiao.model.Diagnostic;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/**
 * Extract, check and index a list of files, incrementally: a file whose bytes are already indexed
 * under its path is skipped before extraction; the index is committed every {@code batchSize}
 * changes with the progress in the commit data, so a killed run keeps what it committed and the
 * next run picks up the rest. One bad file never stops the batch.
 */
public final class IndexRun {
    static final int MAX_FAILURES_LISTED = 1000;
    /** Reports kept in memory for the cross-report re-check; the rest are read again from their path. */
    static final int MAX_CACHED_REPORTS = 256;
    private final Pipeline pipeline;
    private final Checker checker;
    private final ReportIndexer indexer;
    private final int batchSize;
    private final PrintWriter progress;

    /** What a run did. */
    public record Summary(int added, int unchanged, int replaced, int removed, int failed, List<String> failures) {
        @Override
        public String toString() {
            return added + " added, " + unchanged + " unchanged, " + replaced + " replaced, " + removed + " removed, "
                    + failed + " failed";
        }
    }

    public IndexRun(Pipeline pipeline, Checker checker, ReportIndexer indexer, int batchSize, PrintWriter progress) {
        this.pipeline = Validate.notNullParam(pipeline, "pipeline");
        this.checker = Validate.notNullParam(checker, "checker");
        this.indexer = Validate.notNullParam(indexer, "indexer");
        Validate.isTrue(batchSize > 0, "batchSize must be positive");
        this.batchSize = batchSize;
        this.progress = Validate.notNullParam(progress, "progress");
    }

    /** The key a file is indexed under: its absolute, normalized path. */
    public static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * One document to index.
     *
     * @param key      what it is indexed under (a file's absolute path, a crawled URL)
     * @param file     where its bytes are
     * @param fileName the name its format is detected by, or null to load {@code file} as it is named
     *                 (documents and report JSON alike)
     * @param enrich   applied to the extracted report before it is checked and indexed
     */
    public record Input(String key, Path file, String fileName, UnaryOperator<Report> enrich) {
        public static Input of(Path file) {
            return new Input(IndexRun.key(file), file, null, UnaryOperator.identity());
        }
    }

    /** Hears what a run does, document by document and commit by commit. */
    public interface Listener {
        /** A report was extracted (not called for the skipped). */
        default void extracted(Report r) {
        }

        /** A document ended; {@code why} says why it failed, else null. */
        default void done(Input in, IndexOutcome outcome, String sha256, String why) {
        }

        /** Everything {@link #done} reported so far is committed in the index. */
        default void committed() {
        }
    }

    /**
     * Indexes the files; {@code onExtracted} sees every report that was extracted (not the skipped).
     */
    public Summary index(List<Path> files, Consumer<Report> onExtracted) throws IOException {
        Validate.notNullParam(files, "files");
        return indexInputs(files.stream().map(Input::of).toList(), new Listener() {
            @Override
            public void extracted(Report r) {
                if (onExtracted != null) {
                    onExtracted.accept(r);
                }
            }
        });
    }

    /** Indexes the inputs, committing every {@code batchSize} changes and at the end. */
    public Summary indexInputs(List<Input> inputs, Listener listener) throws IOException {
        Validate.notNullParam(inputs, "inputs");
        Validate.notNullParam(listener, "listener");
        int[] n = new int[5];
        List<String> failures = new ArrayList<>();
        // departments with a new or changed report, and those reports (up to a bound; others are re-read)
        Map<String, String> touched = new LinkedHashMap<>();
        Map<String, Report> cache = new HashMap<>();
        int done = 0;
        for (Input in : inputs) {
            done++;
            IndexOutcome o = indexOne(in, new Listener() {
                @Override
                public void extracted(Report r) {
                    if (!r.failed() && r.meta().department() != null && !r.meta().department().isBlank()) {
                        touched.put(in.key(), r.meta().department());
                        if (cache.size() < MAX_CACHED_REPORTS) {
                            cache.put(in.key(), r);
                        }
                    }
                    listener.extracted(r);
                }

                @Override
                public void done(Input i, IndexOutcome outcome, String sha256, String why) {
                    listener.done(i, outcome, sha256, why);
                }
            }, failures);
            n[o.ordinal()]++;
            progress.printf("[%d/%d] %-9s %s%n", done, inputs.size(), o.name().toLowerCase(java.util.Locale.ROOT),
                    in.fileName() == null ? in.file() : in.key());
            if (indexer.uncommitted() >= batchSize) {
                indexer.commit(done + "/" + inputs.size() + " " + in.key());
                listener.committed();
            }
        }
        crossCheck(new java.util.LinkedHashSet<>(touched.values()), cache, failures, 2);
        indexer.commit(done + "/" + inputs.size() + " done");
        listener.committed();
        return new Summary(n[IndexOutcome.ADDED.ordinal()], n[IndexOutcome.UNCHANGED.ordinal()],
                n[IndexOutcome.REPLACED.ordinal()], 0, n[IndexOutcome.FAILED.ordinal()], failures);
    }

    private IndexOutcome indexOne(Input in, Listener listener, List<String> failures) throws IOException {
        Path f = in.file();
        String name = in.fileName() == null ? f.toString() : in.key();
        byte[] bytes = null;
        String sha = null;
        try {
            if (Files.size(f) <= ExtractLimits.defaults().maxBytes()) {
                bytes = Files.readAllBytes(f);
                sha = ReportExtractor.sha256(bytes);
                if (indexer.isIndexed(in.key(), sha)) {
                    listener.done(in, IndexOutcome.UNCHANGED, sha, null);
                    return IndexOutcome.UNCHANGED;
                }
            }
        } catch (IOException e) {
            // unreadable now: extraction reports it as a typed diagnostic below
        }
        Report r;
        try {
            r = in.fileName() == null || bytes == null ? pipeline.load(f) : pipeline.extract(bytes, in.fileName(), in.key());
        } catch (IOException | RuntimeException e) {
            // a report JSON that cannot be read; documents never throw (they get a fatal diagnostic)
            String why = "cannot read: " + e.getMessage();
            addFailure(failures, name + ": " + why);
            listener.done(in, IndexOutcome.FAILED, sha, why);
            return IndexOutcome.FAILED;
        }
        r = in.enrich().apply(r);
        listener.extracted(r);
        if (r.failed()) {
            String why = r.diagnostics().stream().filter(Diagnostic::fatal).map(d -> d.code() + ": " + d.message())
                    .findFirst().orElse("failed");
            addFailure(failures, name + ": " + why);
            listener.done(in, IndexOutcome.FAILED, sha == null ? r.id() : sha, why);
            return IndexOutcome.FAILED;
        }
        List<Finding> findings = checker.check(r);
        IndexOutcome o = indexer.index(in.key(), r, findings);
        listener.done(in, o, r.id(), null);
        return o;
    }

    /**
     * Re-checks every department a new or changed report belongs to, over all its reports in the
     * index, so year N is re-checked when year N+1 arrives and the index holds what {@code jixiao
     * check} gives on the same files. Reports indexed by earlier runs are read again from their path.
     */
    private void crossCheck(java.util.Set<String> departments, Map<String, Report> cache, List<String> failures,
                            int minReports) throws IOException {
        for (String department : departments) {
            List<String> paths = indexer.pathsOfDepartment(department);
            if (paths.size() < minReports) {
                continue;
            }
            Map<Report, String> group = new LinkedHashMap<>();
            for (String path : paths) {
                Report r = cache.containsKey(path) ? cache.get(path) : load(path, failures);
                if (r != null && !r.failed()) {
                    group.put(r, path);
                }
            }
            Map<Report, List<Finding>> findings = checker.checkAll(new ArrayList<>(group.keySet()));
            for (Map.Entry<Report, String> g : group.entrySet()) {
                indexer.replaceFindings(g.getValue(), g.getKey(), findings.get(g.getKey()));
            }
            progress.printf("re-checked %d reports of %s across years%n", group.size(), department);
        }
    }

    private Report load(String path, List<String> failures) {
        try {
            Path file = Path.of(path);
            if (!Files.isRegularFile(file)) {
                return null; // indexed under a key that is not a file (a crawled URL): nothing to re-read
            }
            return pipeline.load(file);
        } catch (IOException | RuntimeException e) {
            addFailure(failures, path + ": cannot re-read for the cross-report rules: " + e.getMessage());
            return null;
        }
    }

    private static void addFailure(List<String> failures, String line) {
        if (failures.size() < MAX_FAILURES_LISTED) {
            failures.add(line);
        }
    }

    /** Removes everything indexed from these files or folders (they need not exist any more). */
    public Summary remove(List<Path> paths) throws IOException {
        Validate.notNullParam(paths, "paths");
        int removed = 0;
        java.util.Set<String> departments = new java.util.LinkedHashSet<>();
        for (Path p : paths) {
            for (String indexed : indexer.pathsUnder(key(p))) {
                indexer.departmentOf(indexed).ifPresent(departments::add);
                if (indexer.remove(indexed)) {
                    removed++;
                    progress.printf("removed   %s%n", indexed);
                }
            }
        }
        // the department's other reports lose the cross-report findings that rested on a removed one
        crossCheck(departments, Map.of(), new ArrayList<>(), 1);
        indexer.commit("removed " + removed);
        return new Summary(0, 0, 0, removed, 0, List.of());
    }
}
