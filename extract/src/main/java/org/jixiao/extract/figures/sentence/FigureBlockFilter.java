package org.jixiao.extract.figures.sentence;

/** Decides which paragraphs state figures worth reading as facts. */
public interface FigureBlockFilter {
    boolean statesFigures(String text);

    /** Every paragraph with a number and a unit: the patterns decide alone. */
    static FigureBlockFilter all() {
        return text -> true;
    }
}
