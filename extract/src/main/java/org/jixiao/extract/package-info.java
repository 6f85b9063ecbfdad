/**
 * Bytes to {@link org.jixiao.model.Report}. {@link org.jixiao.extract.ReportExtractor} detects the
 * format, hands the stream to the one {@link org.jixiao.extract.BlockExtractor} that supports it
 * (sub-packages {@code text}, {@code office}, {@code html}, {@code pdf}), then runs the
 * {@link org.jixiao.extract.ReportStage}s in order: {@code structure} (headings, section tree,
 * captions) and {@code figures} (numbers, metadata, facts, indicators).
 */
package org.jixiao.extract;
