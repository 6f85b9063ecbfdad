/**
 * Table recognition on one PDF page, in the style of tabula-java: a ruled ("lattice") recognizer that
 * builds the cell grid from ruling lines, an unruled ("stream") recognizer that infers columns from
 * text alignment, region finding, captions, and the joining of tables continued on the next page.
 */
package org.jixiao.extract.pdf.table;
