package org.jixiao.extract.office;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.tika.parser.microsoft.ooxml.XWPFListManager;

/**
 * The printed numbers of Word's automatic numbering ("一、", "（二）", "3."), which are not in the
 * paragraph text. Tika's list manager does the counting (restarts, overrides, levels); it writes
 * Chinese formats as decimal, which would turn the heading "一、" into "1、" and change its level,
 * so those are rewritten here in Chinese numerals. Call once per paragraph, in document order.
 */
final class ListNumbering {
    private static final Set<String> CHINESE = Set.of("chineseCounting", "chineseCountingThousand",
            "ideographDigital", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand");
    private static final Set<String> CHINESE_LEGAL = Set.of("chineseLegalSimplified", "ideographLegalTraditional");
    private static final Set<String> CIRCLED = Set.of("decimalEnclosedCircle", "decimalEnclosedCircleChinese");
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern PLACEHOLDER = Pattern.compile("%\\d");

    private final XWPFListManager manager;

    ListNumbering(XWPFNumbering numbering) {
        this.manager = numbering == null ? XWPFListManager.EMPTY_LIST : new XWPFListManager(numbering);
    }

    /** The number printed before the paragraph, or "" when it has none. */
    String numberOf(XWPFParagraph p) {
        if (p.getNumID() == null) {
            return "";
        }
        String n;
        try {
            n = manager.getFormattedNumber(p);
        } catch (RuntimeException e) {
            // A broken numbering part costs the number, never the paragraph.
            return "";
        }
        if (n == null) {
            return "";
        }
        String fmt = p.getNumFmt();
        String template = p.getNumLevelText();
        if (fmt == null || template == null || PLACEHOLDER.matcher(template).results().count() != 1) {
            return n;
        }
        Matcher m = NUMBER.matcher(n);
        if (!m.find() || m.group().length() > 4) {
            return n;
        }
        int value = Integer.parseInt(m.group());
        String printed = format(fmt, value);
        return printed == null ? n : n.substring(0, m.start()) + printed + n.substring(m.end());
    }

    /** A number in the given Word format, or null when the format is one Tika already prints right. */
    static String format(String fmt, int n) {
        if (CHINESE.contains(fmt)) {
            return chinese(n, DIGITS, "十百千");
        }
        if (CHINESE_LEGAL.contains(fmt)) {
            return chinese(n, LEGAL_DIGITS, "拾佰仟");
        }
        if (CIRCLED.contains(fmt) && n >= 1 && n <= 20) {
            return String.valueOf((char) ('\u2460' + n - 1));
        }
        if ("ideographTraditional".equals(fmt) && n >= 1 && n <= 10) {
            return String.valueOf(STEMS.charAt(n - 1));
        }
        return null;
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十 (n from 1 to 9999). */
    static String chinese(int n, String digits, String units) {
        if (n <= 0 || n > 9999) {
            return null;
        }
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                zero = sb.length() > 0;
                continue;
            }
            if (zero) {
                sb.append(digits.charAt(0));
                zero = false;
            }
            boolean leadingTen = i == 2 && d == 1 && sb.length() == 0;
            if (!leadingTen) {
                sb.append(digits.charAt(d));
            }
            if (i < 3) {
                sb.append(units.charAt(2 - i));
            }
        }
        return sb.toString();
    }
}
