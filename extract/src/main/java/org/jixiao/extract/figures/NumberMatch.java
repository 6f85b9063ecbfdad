package org.jixiao.extract.figures;

import org.jixiao.model.Quantity;

/**
 * A number found in running text, with where it was printed.
 *
 * @param quantity the value with its printed decimals and unit
 * @param start    offset of the first character of the number in the text
 * @param end      offset after the unit (exclusive)
 * @param negative true when the sign came from a minus printed before the number
 */
public record NumberMatch(Quantity quantity, int start, int end, boolean negative) {
}
