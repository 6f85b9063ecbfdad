package org.jixiao.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jixiao.extract.format.FormatDetector;
import org.jixiao.model.Diagnostic;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Source;
import org.jixiao.model.Validate;

/**
 * Bytes to {@link Report}: detect, extract blocks with the matching {@link BlockExtractor}, then run
 * the {@link ReportStage}s. Never throws for a bad document: the report comes back with a fatal
 * {@link Diagnostic} instead, so a batch goes on.
 */
public final class ReportExtractor implements AutoCloseable {
    /** Time past the deadline for an extractor to notice it cooperatively before it is interrupted. */
    private static final long GRACE_MS = 1_000;
    private final FormatDetector detector;
    private final List<BlockExtractor> extractors;
    private final List<ReportStage> stages;
    private final ExtractLimits limits;
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jixiao-extract");
        t.setDaemon(true);
        return t;
    });

    public ReportExtractor(FormatDetector detector, List<BlockExtractor> extractors, List<ReportStage> stages,
                           ExtractLimits limits) {
        this.detector = Validate.notNullParam(detector, "detector");
        this.extractors = List.copyOf(Validate.notNullParam(extractors, "extractors"));
        this.stages = List.copyOf(Validate.notNullParam(stages, "stages"));
        this.limits = Validate.notNullParam(limits, "limits");
        checkStageOrder(this.stages);
    }

    /** Fails fast when a stage needs something no earlier step provides. */
    static void checkStageOrder(List<ReportStage> stages) {
        Set<Requirement> have = EnumSet.of(Requirement.BLOCKS, Requirement.TABLES);
        for (ReportStage s : stages) {
            for (Requirement r : s.requires()) {
                Validate.isTrue(have.contains(r), "stage '" + s.name() + "' requires " + r + " which no earlier stage provides");
            }
            have.addAll(s.provides());
        }
    }

    public Report extract(Path file) {
        Validate.notNullParam(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return failed(sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) ,
                        new Source(file.toString(), name, null, size, null), DiagnosticCode.TOO_LARGE,
                        name + ": " + size + " bytes is more than the limit of " + limits.maxBytes());
            }
            return extract(Files.readAllBytes(file), name, file.toString());
        } catch (IOException e) {
            String id = sha256(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return failed(id, new Source(file.toString(), name, null, -1, null), DiagnosticCode.IO_ERROR,
                    name + ": cannot read file: " + e.getMessage());
        }
    }

    public Report extract(byte[] bytes, String fileName, String path) {
        Validate.notNullParam(bytes, "bytes");
        String id = sha256(bytes);
        Source src = new Source(path, fileName, null, bytes.length, id);
        if (bytes.length == 0) {
            return failed(id, src, DiagnosticCode.EMPTY_FILE, fileName + ": the file is empty");
        }
        if (bytes.length > limits.maxBytes()) {
            return failed(id, src, DiagnosticCode.TOO_LARGE, fileName + ": " + bytes.length + " bytes is over the limit");
        }
        String type;
        try {
            type = detector.detect(bytes, fileName);
        } catch (IOException e) {
            return failed(id, src, DiagnosticCode.CORRUPT, fileName + ": format detection failed: " + e.getMessage());
        }
        src = new Source(path, fileName, type, bytes.length, id);
        BlockExtractor ex = choose(type);
        if (ex == null) {
            return failed(id, src, DiagnosticCode.UNSUPPORTED_FORMAT,
                    fileName + ": format " + type + " is not one jixiao reads (PDF, DOCX, DOC, XLS, XLSX, HTML, text)");
        }
        ExtractContext ctx = new ExtractContext(id, fileName, type, limits);
        Source source = src;
        Future<Report> job = worker.submit(() -> run(ex, bytes, source, ctx));
        try {
            return job.get(limits.timeout().toMillis() + GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return failed(id, src, DiagnosticCode.TIMEOUT, fileName + ": extraction took longer than "
                    + limits.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(id, src, DiagnosticCode.TIMEOUT, fileName + ": interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return failed(id, src, DiagnosticCode.CORRUPT, fileName + ": cannot be read (" + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : ": " + c.getMessage()) + ")");
        }
    }

    private Report run(BlockExtractor ex, byte[] bytes, Source src, ExtractContext ctx) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            RawDocument raw = ex.extract(in, ctx);
            Report report = new Report(src.sha256(), src, ReportMeta.unknown(), raw.blocks(), raw.tables(), List.of(),
                    List.of(), List.of(), List.of());
            for (ReportStage stage : stages) {
                ctx.checkDeadline();
                report = stage.apply(report, ctx);
            }
            List<Diagnostic> diags = new ArrayList<>(report.diagnostics());
            diags.addAll(ctx.diagnostics());
            return report.withDiagnostics(diags);
        } catch (ExtractionException e) {
            return failed(src.sha256(), src, e.code(), e.getMessage());
        } catch (IOException e) {
            return failed(src.sha256(), src, DiagnosticCode.IO_ERROR, src.fileName() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(src.sha256(), src, DiagnosticCode.CORRUPT, src.fileName() + ": cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private BlockExtractor choose(String type) {
        for (BlockExtractor e : extractors) {
            if (e.supports(type)) {
                return e;
            }
        }
        return null;
    }

    private static Report failed(String id, Source src, DiagnosticCode code, String message) {
        return new Report(id, src, ReportMeta.unknown(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(Diagnostic.fatal(code, message)));
    }

    /** Hex sha-256: the report id. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
