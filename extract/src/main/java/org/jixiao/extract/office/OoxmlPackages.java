package org.jixiao.extract.office;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.model.DiagnosticCode;

/**
 * Opens an Office Open XML package (DOCX, XLSX) and turns everything that can go wrong on the way
 * into a typed {@link ExtractionException}: bytes that are no zip, an encrypted package, a zip bomb,
 * a truncated or corrupt zip.
 */
final class OoxmlPackages {
    private OoxmlPackages() {
    }

    /**
     * Sets POI's decompression-ratio guard from the limits. POI keeps it as a JVM-wide static on
     * {@link ZipSecureFile} because its zip streams are created deep inside OPCPackage, XSSF and
     * Tika with no way to pass a setting per call; every opener sets it from the same configured
     * limits before opening, so the value in force is always the configured one.
     */
    static void applyZipRatio(ExtractContext ctx) {
        double ratio = ctx.limits().maxZipRatio();
        if (ratio > 0) {
            ZipSecureFile.setMinInflateRatio(1.0 / ratio);
        }
    }

    /** The package, or a typed failure; {@code what} names the format in messages ("Word (DOCX)"). */
    static OPCPackage open(InputStream in, ExtractContext ctx, String what) throws ExtractionException, IOException {
        InputStream buffered = FileMagic.prepareToCheckMagic(in);
        FileMagic magic = magic(buffered, ctx);
        if (magic == FileMagic.OLE2) {
            throw ole2(buffered, ctx, what);
        }
        if (magic != FileMagic.OOXML) {
            throw new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": not a " + what
                    + " file: an OOXML document is a zip package, but these bytes are not (" + describe(magic) + ")");
        }
        applyZipRatio(ctx);
        try {
            return OPCPackage.open(buffered);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw failure(e, ctx, what);
        }
    }

    /** The container type of the bytes; empty input (POI throws an unchecked exception) is EMPTY_FILE. */
    static FileMagic magic(InputStream buffered, ExtractContext ctx) throws ExtractionException, IOException {
        try {
            return FileMagic.valueOf(buffered);
        } catch (EmptyFileException e) {
            throw new ExtractionException(DiagnosticCode.EMPTY_FILE, ctx.fileName() + ": the file is empty", e);
        }
    }

    /** An OLE2 container where OOXML was expected: Office's encryption wrapper, or a legacy file. */
    private static ExtractionException ole2(InputStream in, ExtractContext ctx, String what) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ExtractionException(DiagnosticCode.ENCRYPTED, ctx.fileName() + ": the " + what
                        + " file is password-protected (encrypted package); it cannot be read without the password");
            }
        } catch (IOException | RuntimeException e) {
            return new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": a damaged OLE2 container, not a "
                    + what + " file", e);
        }
        return new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": a legacy OLE2 Office file, not a "
                + what + " package; its bytes do not match its name");
    }

    /** Maps an exception from opening or reading a package to a typed failure. */
    static ExtractionException failure(Throwable e, ExtractContext ctx, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (msg.contains("zip bomb")) {
                return new ExtractionException(DiagnosticCode.ZIP_BOMB, ctx.fileName() + ": refused as a zip bomb: a part"
                        + " expands more than " + ctx.limits().maxZipRatio() + " times its compressed size", e);
            }
            if (t instanceof EncryptedDocumentException) {
                return new ExtractionException(DiagnosticCode.ENCRYPTED, ctx.fileName() + ": the " + what
                        + " file is password-protected", e);
            }
            if (t instanceof EOFException || msg.contains("truncated")) {
                return new ExtractionException(DiagnosticCode.TRUNCATED, ctx.fileName() + ": the " + what
                        + " package is truncated (" + t.getMessage() + ")", e);
            }
        }
        return new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": a corrupt or truncated " + what + " package ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }

    private static String describe(FileMagic magic) {
        return magic == FileMagic.UNKNOWN ? "unknown content" : "looks like " + magic.name();
    }
}
