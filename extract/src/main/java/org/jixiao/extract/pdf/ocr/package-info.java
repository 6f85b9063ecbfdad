/**
 * OCR of PDF pages without a usable text layer (scans): the page rendered to an image, words with
 * their boxes and confidence from tesseract (Debian's library through tess4j), number slips repaired
 * by their context, ruling lines found in the image; the result is a {@link org.jixiao.extract.pdf.PdfPage}
 * like any other, so the same line, paragraph and table recognizers read it.
 */
package org.jixiao.extract.pdf.ocr;
