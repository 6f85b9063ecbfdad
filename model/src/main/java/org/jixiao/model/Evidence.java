package org.jixiao.model;

/**
 * One figure a finding rests on.
 *
 * @param role       what the figure is in the rule ("total", "part", "printed", "computed" …)
 * @param label      the label as printed
 * @param quantity   the value as printed
 * @param provenance where it was printed
 * @param context    the sentence or row it stands in, for quoting
 */
public record Evidence(String role, String label, Quantity quantity, Provenance provenance, String context) {
}
