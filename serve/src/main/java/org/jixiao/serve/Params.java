package org.jixiao.serve;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Unit;

/**
 * Query parameters read and checked: a parameter given twice, too long, or of the wrong form is a
 * 400 with a message that names it. Blank values count as absent, as HTML forms send them.
 */
public final class Params {
    /** Longest parameter value accepted; queries and names are short. */
    static final int MAX_LENGTH = 500;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern VALUE = Pattern.compile("\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(\\S*)\\s*");
    private final Map<String, List<String>> query;

    public Params(Map<String, List<String>> query) {
        this.query = query;
    }

    /** The value, trimmed, or null when absent or blank. */
    public String text(String name) {
        List<String> v = query.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badRequest("parameter '" + name + "' is given " + v.size() + " times");
        }
        String s = v.get(0).trim();
        if (s.length() > MAX_LENGTH) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_LENGTH + " characters");
        }
        return s.isEmpty() ? null : s;
    }

    /** All values of a repeated parameter (e.g. box). */
    public List<String> all(String name) {
        return query.getOrDefault(name, List.of());
    }

    public String required(String name) {
        String s = text(name);
        if (s == null) {
            throw ApiException.badRequest("parameter '" + name + "' is required");
        }
        return s;
    }

    /** An integer in [min, max], or {@code dflt} when absent. */
    public int integer(String name, int min, int max, int dflt) {
        Integer v = integerOrNull(name, min, max);
        return v == null ? dflt : v;
    }

    public Integer integerOrNull(String name, int min, int max) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max
                        + ", not " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, not '" + s + "'");
        }
    }

    /** A fiscal year, or null. */
    public Integer year() {
        return integerOrNull("year", 1900, 2200);
    }

    /** One of {@code allowed}, or {@code dflt} when absent. */
    public String oneOf(String name, Collection<String> allowed, String dflt) {
        String s = text(name);
        if (s == null) {
            return dflt;
        }
        if (!allowed.contains(s)) {
            throw ApiException.badRequest("parameter '" + name + "' must be one of " + allowed + ", not '" + s + "'");
        }
        return s;
    }

    /**
     * A value bound such as {@code 0.9}, {@code 85%} or {@code 1000万元}, normalized to the base
     * unit (a plain ratio, 元, one) as the index stores it; null when absent.
     */
    public BigDecimal quantity(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        Matcher m = VALUE.matcher(s.replace('％', '%'));
        if (!m.matches()) {
            throw ApiException.badRequest("parameter '" + name + "' is not a number (e.g. 0.9, 90%, 1000万元): '"
                    + s + "'");
        }
        BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2).isEmpty()) {
            return v;
        }
        Unit u = Unit.fromSymbol(m.group(2));
        if (u == null) {
            throw ApiException.badRequest("parameter '" + name + "': '" + m.group(2)
                    + "' is not a unit jixiao knows (元, 万元, 亿元, %, 人 …)");
        }
        return v.multiply(u.factor());
    }

    /** A flag: true, 1 or yes. */
    public boolean flag(String name) {
        String s = text(name);
        return s != null && (s.equals("1") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes"));
    }

    /**
     * A report id as the index keys it: 64 lower-case hex digits. Anything else is refused here,
     * so no request text is ever used to build a path.
     */
    public static String reportId(String s) {
        String id = s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
        if (!SHA256.matcher(id).matches()) {
            throw ApiException.badRequest("a report id is the sha-256 of the report's bytes: 64 hex digits");
        }
        return id;
    }
}
