package org.jixiao.extract;

/** What a {@link ReportStage} needs before it runs and what it adds (as CoreNLP annotators). */
public enum Requirement { BLOCKS, TABLES, SECTIONS, CAPTIONS, META, LAYOUTS, FACTS, RELATIONS, INDICATORS, YEARS }
