/**
 * Plain-text dumps to blocks and tables. Two layouts occur in the corpus: Word-extraction dumps
 * where each table cell is a line starting with a TAB and rows are separated by blank lines, and
 * PDF-layout dumps where columns are spread by runs of spaces and cells wrap over lines.
 * Offsets in provenance are character offsets into the decoded text (after the byte-order mark).
 */
package org.jixiao.extract.text;
