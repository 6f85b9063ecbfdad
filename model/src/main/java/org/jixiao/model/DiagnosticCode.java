package org.jixiao.model;

/** Typed reasons why a document could not be read fully. */
public enum DiagnosticCode {
    EMPTY_FILE,
    ENCRYPTED,
    CORRUPT,
    TRUNCATED,
    UNKNOWN_FORMAT,
    UNSUPPORTED_FORMAT,
    SCANNED_NO_TEXT,
    /** Pages without a usable text layer and no OCR engine (tesseract) installed to read them. */
    SCANNED_NO_OCR,
    /** Pages read by OCR: their text and figures carry the recognizer's confidence. */
    OCR_APPLIED,
    MISSING_UNICODE_MAP,
    TOO_LARGE,
    TOO_MANY_PAGES,
    TOO_MANY_CELLS,
    TIMEOUT,
    ZIP_BOMB,
    IO_ERROR,
    LAYOUT_WARNING,
    /** Not a reading problem: this report is a corrected version of one indexed before, whose figures it replaces. */
    SUPERSEDES
}
