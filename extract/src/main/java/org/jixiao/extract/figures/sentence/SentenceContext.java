package org.jixiao.extract.figures.sentence;

/**
 * What a paragraph has said so far that later numbers inherit: the scope and fund of its subject
 * and the year. Phases and measures are inherited only within one sentence.
 */
final class SentenceContext {
    String scope;
    String fund;
    String period;
    String phase;
    /** The measure of the fund figure a 其中 list breaks down. */
    String parentFundMeasure;
    String lastFundMeasure;
    /** True when the scope was only inherited from a section heading, not printed in the paragraph. */
    boolean scopeFromSection;
    /** True once a figure of this sentence had its own phase or scope word. */
    boolean anchored;
    /** scope|phase|measure of the figure a 其中 list breaks down, or null outside such a list. */
    String parentKey;
    String lastKey;
    boolean inParts;
    boolean pendingShare;
    /** The words after the last number of the previous span, for a sentence a PDF line break cut. */
    String tail;

    SentenceContext(String scope, String fund, String period) {
        this.scope = scope;
        this.fund = fund;
        this.period = period;
        this.scopeFromSection = scope != null;
    }

    /** A new sentence keeps the subject and year, not the phase. */
    void newSentence() {
        phase = null;
        parentFundMeasure = null;
        lastFundMeasure = null;
        anchored = false;
        parentKey = null;
        lastKey = null;
        inParts = false;
        pendingShare = false;
    }
}
