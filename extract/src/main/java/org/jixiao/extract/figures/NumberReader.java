package org.jixiao.extract.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Quantity;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * Reads numbers as the reports print them: thousands separators {@code ,} and {@code ，},
 * full-width digits, {@code ％} and {@code －}, spaces or a line break between number and unit,
 * "nothing printed" markers ({@code - — / blank}: an empty result, never zero), and Chinese
 * numerals in counts (二十四个). The printed decimals are kept, since they set the tolerance of
 * every check later.
 */
public final class NumberReader {
    /** Units longest first, so that 万元 wins over 元 and 万人次 over 万人. */
    private static final String UNITS = "万人次|人次|万人|亿元|万元|元|%|人|件|家|个|分|户|名|㎡|平方米";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?";
    private static final Pattern CELL = Pattern.compile("([+-]?)" + NUMBER + "(" + UNITS + ")?");
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\d.A-Za-z])(-?)" + NUMBER + "(?![\\d.])[ \\t\\u00a0\\u3000]*\\n?[ \\t\\u00a0\\u3000]*(" + UNITS + ")");
    /** In a money context (a 成本 indicator, a 测算依据) a bare 万 or 亿 after a number means 万元 / 亿元. */
    private static final Pattern IN_MONEY_TEXT = Pattern.compile(
            "(?<![\\d.A-Za-z])(-?)" + NUMBER + "(?![\\d.])[ \\t\\u00a0\\u3000]*\\n?[ \\t\\u00a0\\u3000]*(" + UNITS
                    + "|万(?![人户个件家名次])|亿(?![人户个件家名次]))");
    private static final Pattern CHINESE_COUNT = Pattern.compile(
            "([零〇一二两三四五六七八九十百千万]{2,})(个|人|件|家|名|户)");
    private static final Set<String> NOTHING = Set.of("-", "--", "—", "——", "–", "/", "／", "\\", "无", "——————");

    /**
     * The number a whole cell prints, in its own unit or else in {@code fallback}; empty for a blank
     * or "nothing printed" cell and for text that is not a number.
     */
    public Optional<Quantity> readCell(String text, Unit fallback) {
        Validate.notNullParam(fallback, "fallback");
        if (text == null) {
            return Optional.empty();
        }
        // a cell may wrap inside a number or put a space before its unit: drop all white space
        String compact = normalize(text).replaceAll("[\\s\\u00a0\\u3000]+", "").replace('，', ',');
        if (compact.isEmpty() || NOTHING.contains(compact)) {
            return Optional.empty();
        }
        Matcher m = CELL.matcher(compact);
        if (m.matches()) {
            return Optional.of(quantity(m.group(1), m.group(2), m.group(3), m.group(4), fallback));
        }
        Matcher c = CHINESE_COUNT.matcher(compact);
        if (c.matches()) {
            return chinese(c.group(1), c.group(2)).map(NumberMatch::quantity);
        }
        return Optional.empty();
    }

    /** True when the cell prints "nothing" (blank, -, —, /): a value that is absent, not zero. */
    public boolean isNothingPrinted(String text) {
        String compact = text == null ? "" : normalize(text).replaceAll("[\\s\\u00a0\\u3000]+", "");
        return compact.isEmpty() || NOTHING.contains(compact);
    }

    /**
     * Every number with a unit in running text, in order, with offsets into {@code text}. Numbers
     * without a unit (years, list numbers, phone numbers) are left out on purpose.
     */
    public List<NumberMatch> findAll(String text) {
        return findAll(text, IN_TEXT);
    }

    /**
     * Like {@link #findAll(String)}, for text that speaks of money only (a cost indicator's target, a
     * 测算依据): there "不超过170万" is 170 万元, as every reader of such a form takes it.
     */
    public List<NumberMatch> findMoney(String text) {
        return findAll(text, IN_MONEY_TEXT);
    }

    private List<NumberMatch> findAll(String text, Pattern withUnit) {
        Validate.notNullParam(text, "text");
        String norm = normalizeSeparators(normalize(text));
        List<NumberMatch> out = new ArrayList<>();
        Matcher m = withUnit.matcher(norm);
        while (m.find()) {
            if (isOrdinalContext(norm, m.start())) {
                continue;
            }
            String symbol = "万".equals(m.group(4)) ? "万元" : "亿".equals(m.group(4)) ? "亿元" : m.group(4);
            Quantity q = quantity(m.group(1), m.group(2), m.group(3), symbol, Unit.NONE);
            String printed = text.substring(m.start(), m.start(4)).strip();
            q = new Quantity(q.value(), q.decimals(), q.unit(), null, printed);
            out.add(new NumberMatch(q, m.start(), m.end(), !m.group(1).isEmpty()));
        }
        Matcher c = CHINESE_COUNT.matcher(norm);
        while (c.find()) {
            if (c.start() > 0 && norm.charAt(c.start() - 1) == '第') {
                continue;
            }
            int start = c.start();
            int end = c.end();
            chinese(c.group(1), c.group(2)).ifPresent(nm -> out.add(new NumberMatch(nm.quantity(), start, end, false)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The unit printed as {@code symbol}; 名 counts people, 平方米 is ㎡. */
    public static Unit unitOf(String symbol) {
        if ("名".equals(symbol)) {
            return Unit.PERSON;
        }
        Unit u = Unit.fromSymbol(symbol);
        return u == null ? Unit.NONE : u;
    }

    /** A year printed as four digits, full-width or not ("2024", "２０２４"). */
    public int year(String printed) {
        return Integer.parseInt(normalize(printed).strip());
    }

    /**
     * Full-width digits, point, minus and percent to ASCII, one character for one, so offsets in
     * the normalized text are offsets in the printed text.
     */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                c = '.';
            } else if (c == '－' || c == '−' || c == '﹣') {
                c = '-';
            } else if (c == '％') {
                c = '%';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A full-width comma between digits groups thousands only when exactly three digits follow. */
    private static String normalizeSeparators(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 1; i < sb.length(); i++) {
            if (sb.charAt(i) == '，' && Character.isDigit(sb.charAt(i - 1)) && threeDigitsAt(sb, i + 1)) {
                sb.setCharAt(i, ',');
            }
        }
        return sb.toString();
    }

    private static boolean threeDigitsAt(CharSequence s, int i) {
        if (i + 3 > s.length()) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return i + 3 == s.length() || !Character.isDigit(s.charAt(i + 3));
    }

    /** 第3个, 表1, 附件2: a number that counts places, not things. */
    private static boolean isOrdinalContext(String s, int start) {
        if (start == 0) {
            return false;
        }
        char before = s.charAt(start - 1);
        return before == '第' || before == '表' || (start >= 2 && s.startsWith("附件", start - 2));
    }

    private static Quantity quantity(String sign, String intPart, String fraction, String unitSymbol, Unit fallback) {
        String digits = intPart.replace(",", "") + (fraction == null ? "" : fraction);
        BigDecimal v = new BigDecimal(digits);
        if ("-".equals(sign)) {
            v = v.negate();
        }
        int decimals = fraction == null ? 0 : fraction.length() - 1;
        Unit unit = unitSymbol == null ? fallback : unitOf(unitSymbol);
        String printed = ("-".equals(sign) ? "-" : "") + intPart + (fraction == null ? "" : fraction);
        return new Quantity(v, decimals, unit, null, printed);
    }

    private static Optional<NumberMatch> chinese(String numerals, String unitSymbol) {
        OptionalLong v = ChineseNumerals.parse(numerals);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Quantity q = new Quantity(BigDecimal.valueOf(v.getAsLong()), 0, unitOf(unitSymbol), null, numerals);
        return Optional.of(new NumberMatch(q, 0, 0, false));
    }
}
