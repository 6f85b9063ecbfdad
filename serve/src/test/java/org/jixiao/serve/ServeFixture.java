package org.jixiao.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.check.Checker;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.index.ReportIndexer;
import org.jixiao.index.query.IndexView;
import org.jixiao.model.Report;

/**
 * A server on a random loopback port over an index of three sample reports (the Hunan 2025
 * self-evaluation as PDF, the Hunan 2024 base data as text, the Yiyang 2024 report as DOCX),
 * extracted, checked and indexed the way {@code jixiao index} does. Built once per test JVM.
 */
final class ServeFixture {
    static final String PDF = "000_c5690e2b1ac97a5d.pdf";
    static final String TXT = "001_cc1de7232e773706.txt";
    static final String DOCX = "003_d7c6b592d197c283.docx";
    /** Small, so that the 413 case needs no large body. */
    static final long MAX_UPLOAD = 1 << 20;
    private static ServeFixture shared;

    final Path dir;
    final ReportExtractor extractor;
    final IndexView view;
    final JixiaoServer server;
    final StringWriter log = new StringWriter();
    final Map<String, String> ids = new LinkedHashMap<>();

    private ServeFixture() throws IOException {
        dir = Files.createTempDirectory("jixiao-serve-it");
        extractor = Extractors.defaultExtractor(ExtractLimits.defaults());
        Checker checker = Checker.standard();
        Path indexDir = dir.resolve("index");
        try (ReportIndexer ix = ReportIndexer.open(indexDir)) {
            for (String name : List.of(PDF, TXT, DOCX)) {
                Path f = dir.resolve(name);
                Files.write(f, sample(name));
                Report r = extractor.extract(f);
                ids.put(name, r.id());
                ix.index(f.toAbsolutePath().toString(), r, checker.check(r));
            }
            ix.commit("fixture");
        }
        view = IndexView.open(indexDir);
        ReportStore store = new ReportStore(null, extractor::extract, ExtractLimits.defaults().maxBytes(), 8);
        UploadChecker upload = new UploadChecker(extractor::extract, checker::check, new Views(), 2);
        server = new JixiaoServer(ServeOptions.loopback(0, MAX_UPLOAD), () -> view, store,
                new PageRenderer(110f, 16, 2), upload, new PrintWriter(log, true)).start();
    }

    static synchronized ServeFixture get() throws IOException {
        if (shared == null) {
            shared = new ServeFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = ServeFixture.class.getResourceAsStream("/samples/selfeval/" + name)) {
            if (in == null) {
                throw new IOException("sample " + name + " is not on the test class path");
            }
            return in.readAllBytes();
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String id(String name) {
        return ids.get(name);
    }

    private void close() {
        server.close();
        extractor.close();
        try {
            view.close();
        } catch (IOException e) {
            // the JVM is ending
        }
    }
}
