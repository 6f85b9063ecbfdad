package org.jixiao.extract.pdf;

import java.util.List;

import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.model.Validate;

/**
 * A page as read, with the tables recognized on it.
 *
 * @param page   glyphs and rulings
 * @param tables tables found on the page, in any order
 */
public record PageContent(PdfPage page, List<PageTable> tables) {
    public PageContent {
        Validate.notNullParam(page, "page");
        tables = Validate.copy(tables);
    }
}
