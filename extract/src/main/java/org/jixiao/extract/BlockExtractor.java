package org.jixiao.extract;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one format into blocks and tables. Contract (as Tika's Parser): the caller opens and
 * closes the stream; the extractor reads it and must not close it. A document that cannot be read
 * at all ends in {@link ExtractionException} with a typed code; partial problems go to
 * {@link ExtractContext#warn}.
 */
public interface BlockExtractor {
    /** A short name recorded in provenance ("docx", "html", "text", "pdf", "xlsx"). */
    String name();

    /** True when this extractor reads the media type detected for the file. */
    boolean supports(String mediaType);

    RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, IOException;
}
