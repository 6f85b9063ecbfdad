/**
 * Facts from tables: column roles from (multi-row) headers, row roles from row labels, and one
 * {@link org.jixiao.model.Fact} per numeric cell with the cell's provenance.
 */
package org.jixiao.extract.figures.table;
