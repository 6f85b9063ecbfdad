/**
 * The layer of meaning for tables: which standard table a table is ({@code table-kinds.tsv}), its
 * header bands, what each column means, the row tree, and the relations its layout implies (合计 =
 * Σ items, 类 = Σ款, a 小计 column = Σ its group, the standard identities of
 * {@code table-identities.tsv}). Decided once here; check evaluates, index and outputs read.
 */
package org.jixiao.extract.figures.layout;
