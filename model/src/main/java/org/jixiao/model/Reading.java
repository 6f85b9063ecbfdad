package org.jixiao.model;

import java.util.List;

/**
 * One way to read a relation: what the other figures make of the result. Without a denominator
 * the result is Σ sign·term; with one it is Σ sign·term / Σ sign·denominator, as a percentage when
 * the result is printed in %.
 *
 * @param name        what this reading assumes ("without 其中 rows", "base: last year's actual" …)
 * @param terms       the addends (or the numerator)
 * @param denominator the denominator, empty for a sum
 */
public record Reading(String name, List<RelationTerm> terms, List<RelationTerm> denominator) {
    public Reading {
        Validate.notNullParam(name, "name");
        terms = Validate.copy(terms);
        denominator = Validate.copy(denominator);
    }

    public boolean isRatio() {
        return !denominator.isEmpty();
    }
}
