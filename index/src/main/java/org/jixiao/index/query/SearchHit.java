package org.jixiao.index.query;

/**
 * One search hit: a paragraph, heading or table row.
 *
 * @param reportId    the report it is in
 * @param fileName    the report's file name
 * @param department  the report's department
 * @param year        the report's fiscal year
 * @param type        block or row
 * @param blockId     the block id for a paragraph or heading
 * @param tableId     the table id for a row
 * @param row         the row number for a row
 * @param sectionPath the enclosing headings, joined with " > "
 * @param page        1-based page where known
 * @param snippet     the text with the matched terms between 【 and 】
 * @param score       relevance
 */
public record SearchHit(String reportId, String fileName, String department, Integer year, String type,
                        String blockId, String tableId, Integer row, String sectionPath, Integer page,
                        String snippet, float score) {
}
