package org.jixiao.extract.pdf.ocr;

/** The OCR engine could not be loaded or failed on a page. */
public final class OcrException extends Exception {
    private static final long serialVersionUID = 1L;

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
