/**
 * Table arithmetic: column totals (合计), budget row identities, read from the table grid, the
 * header rows' column roles and the row labels' numbering levels ({@link org.jixiao.check.table.TableView}).
 */
package org.jixiao.check.table;
