/**
 * Born-digital PDFs to blocks and tables on PDFBox: {@link org.jixiao.extract.pdf.PdfExtractor} loads
 * with limits, reads each page into a {@link org.jixiao.extract.pdf.PdfPage} (characters with positions
 * and ruling lines), recognizes tables ({@code table}) and builds paragraphs from the remaining text
 * lines ({@code text}).
 */
package org.jixiao.extract.pdf;
