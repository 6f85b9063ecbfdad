package org.jixiao.model;

import java.util.List;

/** Argument checks in the style of jsoup's Validate: one line at the call site, a clear message. */
public final class Validate {
    private Validate() {
    }

    /** Throws {@link IllegalArgumentException} naming the parameter when it is null. */
    public static <T> T notNullParam(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("The parameter '" + name + "' must not be null.");
        }
        return value;
    }

    /** Throws {@link IllegalArgumentException} with the message when the condition is false. */
    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** An immutable copy of a list that may be null (null becomes the empty list). */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
