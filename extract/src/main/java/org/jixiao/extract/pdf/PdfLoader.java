package org.jixiao.extract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jixiao.extract.ExtractionException;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;

/**
 * Opens PDF bytes with bounds: at most {@code maxBytes} read, PDFBox's stream cache held in a
 * bounded amount of main memory spilling to temp files, and typed failures for encrypted, corrupt
 * and empty documents.
 */
public final class PdfLoader {
    /** Main memory PDFBox may use for decoded streams before spilling to temp files. */
    private static final long CACHE_MEMORY = 64L << 20;

    /** Reads the stream up to {@code maxBytes}; more is a TOO_LARGE failure. */
    public static byte[] readBounded(InputStream in, long maxBytes, String fileName)
            throws IOException, ExtractionException {
        Validate.notNullParam(in, "in");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new ExtractionException(DiagnosticCode.TOO_LARGE,
                        fileName + ": more than " + maxBytes + " bytes, the limit for one document");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private PdfLoader() {
    }

    /** Loads a PDF that opens without a password; the caller closes it. */
    public static PDDocument load(byte[] bytes, String fileName) throws ExtractionException {
        Validate.notNullParam(bytes, "bytes");
        if (bytes.length == 0) {
            throw new ExtractionException(DiagnosticCode.EMPTY_FILE, fileName + ": the file is empty");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(CACHE_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(DiagnosticCode.ENCRYPTED, fileName
                    + ": the PDF is encrypted with a user password; it cannot be read without the password", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(DiagnosticCode.CORRUPT, fileName + ": not a readable PDF ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
        if (doc.getNumberOfPages() == 0) {
            closeQuietly(doc);
            throw new ExtractionException(DiagnosticCode.CORRUPT,
                    fileName + ": the PDF has no pages (truncated or damaged page tree)");
        }
        return doc;
    }

    static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
