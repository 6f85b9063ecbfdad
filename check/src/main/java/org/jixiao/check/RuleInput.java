package org.jixiao.check;

/**
 * What a rule reads of a report, declared as extract's stages declare what they need: a rule whose
 * input is absent from a report is "not evaluated" there, with the reason, never silently passed.
 */
public enum RuleInput {
    /** Paragraph and heading blocks (wording, years, names). */
    BLOCKS,
    /** The section tree (numbering, 目录 vs body). */
    SECTIONS,
    /** Tables with their layouts (kind, columns, row tree). */
    TABLE_LAYOUTS,
    /** The relations extract built (sums, rates, changes, same figures). */
    RELATIONS,
    /** Facts with scope, phase and period. */
    FACTS,
    /** Score-sheet rows. */
    INDICATORS,
    /** Report metadata (department, year, kind). */
    META,
    /** The years printed in the text and at the head of captions, with the roles extract read them in. */
    YEARS
}
