/**
 * The document model of jixiao: immutable records shared by every stage.
 *
 * <p>A {@link org.jixiao.model.Report} holds the blocks, tables, sections, metadata, facts,
 * indicators and diagnostics extracted from one document. Every value that came from the document
 * carries a {@link org.jixiao.model.Provenance}. Money is {@link java.math.BigDecimal} with its
 * printed decimals ({@link org.jixiao.model.Quantity}). This module has no dependencies, so every
 * stage can use it; JSON is written by {@code org.jixiao.corpus.ReportJson}.
 */
package org.jixiao.model;
