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
    /** What decided {@link #period} and {@link #scope}, for the facts' basis. */
    String periodCue;
    String scopeBasis;
    java.util.List<String> scopeQualifiers = java.util.List.of();
    /** The figure the sentence is about (its scope with qualifiers and its year): what a change is a change of. */
    String subjectScope;
    java.util.List<String> subjectQualifiers = java.util.List.of();
    String subjectPeriod;
    String previousSubjectScope;
    /** The sentence's subject outside its 其中 list: what the next sentence's "与上年相比…" is about. */
    String mainSubjectScope;
    /** The scope of a money change printed just before, for the percentage that follows it. */
    String lastChangeScope;
    boolean explaining;
    /** A source of funds the paragraph's section heading restricts its money figures to (财政拨款). */
    java.util.List<String> sectionQualifiers = java.util.List.of();
    /** The scope of the last whole figure, and of the figure a 其中 list breaks down. */
    String lastScope;
    String parentScope;
    /** The last figure read that a "与上年持平" may be about. */
    org.jixiao.model.Fact lastSubject;
    boolean inParens;
    int numbersInSentence;
    /** The report's year, and the phase a money figure of that year has when no word names one. */
    String reportYear;
    String documentPhase;
    String documentKind;

    SentenceContext(String scope, String fund, String period) {
        this.scope = scope;
        this.fund = fund;
        this.period = period;
        this.scopeFromSection = scope != null;
        this.scopeBasis = scope == null ? null : "section";
        this.reportYear = period;
    }

    /** The phase of plain money figures in a report of {@code kind}: budgets state budgets, final accounts actuals. */
    SentenceContext inDocument(String kind) {
        if (kind != null && kind.contains("budget")) {
            documentPhase = "budget-final";
        } else if (kind != null && kind.contains("final-account")) {
            documentPhase = "actual";
        }
        documentKind = kind;
        return this;
    }

    /** A new sentence keeps the subject and year, not the phase. */
    void newSentence() {
        phase = null;
        parentFundMeasure = null;
        lastFundMeasure = null;
        anchored = false;
        parentKey = null;
        parentScope = null;
        lastKey = null;
        inParts = false;
        pendingShare = false;
        if (mainSubjectScope != null) {
            previousSubjectScope = mainSubjectScope;
        }
        mainSubjectScope = null;
        subjectScope = null;
        subjectPeriod = null;
        subjectQualifiers = java.util.List.of();
        lastChangeScope = null;
        explaining = false;
        numbersInSentence = 0;
    }
}
