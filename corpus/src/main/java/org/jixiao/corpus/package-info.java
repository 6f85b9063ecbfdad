/**
 * Raw and derived documents on disk: the report JSON codec ({@link org.jixiao.corpus.ReportJson}),
 * walking input folders ({@link org.jixiao.corpus.InputFiles}).
 */
package org.jixiao.corpus;
