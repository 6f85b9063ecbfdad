/**
 * Figures: numbers as printed ({@link org.jixiao.extract.figures.NumberReader}), table units,
 * the canonical vocabulary of GLOSSARY.md ({@link org.jixiao.extract.figures.Vocabulary}, kept as
 * data in {@code vocabulary.tsv}), and the stages that turn blocks and tables into metadata,
 * facts and score-sheet indicators (sub-packages {@code meta}, {@code table}, {@code sentence},
 * {@code score}).
 */
package org.jixiao.extract.figures;
