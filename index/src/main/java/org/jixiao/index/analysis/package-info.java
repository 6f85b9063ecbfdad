/**
 * Chinese text analysis for the index: a Lucene {@link org.apache.lucene.analysis.Analyzer} over
 * HanLP segmentation, with our dictionary of department names and budget terms taking precedence
 * so that 湖南省人力资源和社会保障厅, 三公经费 and 结转结余 are single tokens, and printed numbers
 * (33,502.94, 86.56%) stay whole. {@link org.jixiao.index.analysis.AnalyzerComparison} measures it
 * against Lucene's SmartChineseAnalyzer.
 */
package org.jixiao.index.analysis;
