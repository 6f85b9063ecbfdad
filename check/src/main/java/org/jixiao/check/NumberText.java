package org.jixiao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.model.Quantity;
import org.jixiao.model.Unit;

/**
 * Reads numbers as the reports print them, for cells the figures stage left without a quantity and
 * for figures inside sentences: separators {@code ,} and {@code ，} between groups of three digits,
 * full-width digits and signs, a unit after the number. "-", "—", "/" and blanks are "nothing
 * printed" (null), never zero.
 */
public final class NumberText {
    private static final String NUM = "[-－−]?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String UNITS = "亿元|万元|元|%|万人次|人次|万人|人|名|个|家|件|户|分";
    private static final Pattern CELL = Pattern.compile("^(" + NUM + ")\\s*(" + UNITS + ")?$");
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\d.])(" + NUM + ")\\s*(" + UNITS + ")");

    private NumberText() {
    }

    /**
     * A number in running text.
     *
     * @param start    offset of the number
     * @param end      offset after its unit
     * @param quantity the value
     */
    public record Hit(int start, int end, Quantity quantity) {
    }

    /** The whole text as one number, with {@code defaultUnit} when it prints none; null when it is not one. */
    public static Quantity cell(String text, Unit defaultUnit) {
        if (text == null) {
            return null;
        }
        String t = normalize(text).replaceAll("\\s+", "");
        Matcher m = CELL.matcher(t);
        if (!m.matches()) {
            return null;
        }
        Unit u = m.group(2) == null ? defaultUnit : unit(m.group(2));
        return quantity(m.group(1), u == null ? Unit.NONE : u);
    }

    /** Every number with a unit in {@code text}; offsets refer to {@code text}. */
    public static List<Hit> scan(String text) {
        List<Hit> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // normalize() keeps the length, so offsets stay valid.
        Matcher m = IN_TEXT.matcher(normalize(text));
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), quantity(m.group(1), unit(m.group(2)))));
        }
        return out;
    }

    /** Full-width digits, signs, point and percent to ASCII, one char for one char. */
    public static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '％') {
                sb.append('%');
            } else if (c == '－' || c == '−') {
                sb.append('-');
            } else if (c == '\u00a0' || c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Unit unit(String s) {
        return s.equals("名") ? Unit.PERSON : Unit.fromSymbol(s);
    }

    private static Quantity quantity(String printed, Unit unit) {
        String plain = printed.replace(",", "").replace("，", "").replace('－', '-').replace('−', '-');
        BigDecimal v = new BigDecimal(plain);
        return new Quantity(v, Math.max(0, v.scale()), unit, null, printed);
    }
}
