/**
 * The Lucene index of jixiao. {@link org.jixiao.index.IndexFields} owns every field name,
 * {@link org.jixiao.index.DocumentBuilder} turns a report and its findings into documents (report,
 * block, table row, fact, finding, all carrying the report id), and
 * {@link org.jixiao.index.ReportIndexer} writes them incrementally with atomic, resumable commits.
 * Reading is in {@link org.jixiao.index.query}.
 */
package org.jixiao.index;
