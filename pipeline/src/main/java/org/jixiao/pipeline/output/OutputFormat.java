package org.jixiao.pipeline.output;

/** The formats a table of results can be printed in. */
public enum OutputFormat { TEXT, CSV, JSON }
