package org.jixiao.model;

/**
 * A year printed in a paragraph or at the head of a table caption, with the role extract read it
 * in, so that the checks on dates read years once, as extract did, and never re-parse the text.
 *
 * @param year       the year (full-width digits read); for a relative mention (上年) the year before
 *                   the report's fiscal year
 * @param role       what the words around the year make of it
 * @param relative   true when the year was not printed as digits but as 上年 (the report's year − 1)
 * @param against    for a comparison, the figure of that year it compares with as printed (预算,
 *                   决算, 执行数, 同期), or null when the words name none
 * @param about      for a comparison, the last year named before it in the same sentence (the year
 *                   the sentence is about), or null
 * @param printed    the cue as printed ("与2024年相比", "截至2024年", the caption's "2023年")
 * @param quote      the sentence the year stands in, or the caption
 * @param provenance the block and the characters of the cue within its text ("与2024年相比"), or
 *                   the table whose caption it heads
 */
public record YearMention(int year, Role role, boolean relative, String against, Integer about, String printed,
                          String quote,
                          Provenance provenance) {

    /** What a printed year is, as its cue words say. */
    public enum Role {
        /** A table caption begins with it: "2023年度项目支出绩效自评表". */
        CAPTION,
        /** The base of a comparison: "与2024年相比", "比2024年预算减少". */
        COMPARED,
        /** An "as of" date: "截至2024年底". */
        AS_OF,
        /** The start of a plan: "拟从2026年起". */
        PLAN,
        /** Any other year printed in the text. */
        NAMED
    }

    public YearMention {
        Validate.notNullParam(role, "role");
        Validate.notNullParam(printed, "printed");
        Validate.notNullParam(quote, "quote");
    }

    /** True when the mention stands in block {@code blockId} and ends at or before {@code charAt}. */
    public boolean inBlockBefore(String blockId, int charAt) {
        return provenance != null && blockId != null && blockId.equals(provenance.blockId())
                && provenance.charEnd() != null && provenance.charEnd() <= charAt;
    }
}
