package org.jixiao.extract.pdf.table;

import java.util.List;

import org.jixiao.extract.pdf.PdfPage;

/** Finds the tables on one page (tabula-java's ExtractionAlgorithm, one method). */
public interface TableRecognizer {
    List<PageTable> recognize(PdfPage page);
}
