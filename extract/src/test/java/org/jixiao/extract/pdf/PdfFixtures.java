package org.jixiao.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;

/** Test helpers: fixture bytes and one-call extraction. */
final class PdfFixtures {
    static final Path SELFEVAL = Path.of("../samples/selfeval");

    private PdfFixtures() {
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = PdfFixtures.class.getResourceAsStream("/pdf/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /pdf/" + name);
            }
            return in.readAllBytes();
        }
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SELFEVAL.resolve(name));
    }

    static RawDocument extract(byte[] bytes, ExtractContext ctx) throws IOException, ExtractionException {
        return new PdfExtractor().extract(new ByteArrayInputStream(bytes), ctx);
    }

    static ExtractContext context(String fileName) {
        return new ExtractContext("rid", fileName, "application/pdf", ExtractLimits.defaults());
    }
}
