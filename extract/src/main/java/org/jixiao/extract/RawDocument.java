package org.jixiao.extract;

import java.util.List;

import org.jixiao.model.Block;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * What a {@link BlockExtractor} returns: blocks in reading order (paragraphs, and TABLE blocks that
 * point at {@link #tables()}), before headings and sections are recognized.
 *
 * @param blocks    paragraphs and table blocks, ids "b0", "b1", … in order
 * @param tables    the tables, ids "t0", "t1", … in order
 * @param pageCount pages for paged formats, else 0
 */
public record RawDocument(List<Block> blocks, List<Table> tables, int pageCount) {
    public RawDocument {
        blocks = Validate.copy(blocks);
        tables = Validate.copy(tables);
    }
}
