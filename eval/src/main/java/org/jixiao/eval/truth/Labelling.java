package org.jixiao.eval.truth;

/**
 * Who labelled a report and how long it took.
 *
 * @param by      the labeller
 * @param minutes minutes spent reading and labelling
 * @param notes   what a later labeller must know
 */
public record Labelling(String by, Integer minutes, String notes) {
}
