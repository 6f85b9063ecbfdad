package org.jixiao.model;

/** The kinds of blocks in reading order. A table block points at its {@link Table} by id. */
public enum BlockType { HEADING, PARAGRAPH, TABLE }
