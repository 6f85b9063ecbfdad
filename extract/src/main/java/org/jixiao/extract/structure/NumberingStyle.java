package org.jixiao.extract.structure;

import java.util.regex.Pattern;

/**
 * The ways Chinese reports number their headings. The level of a style is not fixed: it is the
 * order in which styles first appear in a document (a Word file may print "一、" where its text
 * dump prints "1、"), except {@link #ATTACHMENT}, which is always the outermost level 0.
 */
public enum NumberingStyle {
    /** 附件1, 附件3-1. */
    ATTACHMENT(Pattern.compile("^附件\\s*(\\d{1,2})(?:\\s*[-－—]\\s*\\d{1,2})?(?![\\d.．])\\s*[：:、.．]?\\s*(.*)$")),
    /** 第一部分, 第二章, 第三篇 (the title may follow on its own line). */
    PART(Pattern.compile("^第\\s*([一二三四五六七八九十]{1,3})\\s*(?:部分|章|篇)[\\s、：:]*(.*)$")),
    /** 第一节 … */
    CHAPTER_SECTION(Pattern.compile("^第\\s*([一二三四五六七八九十]{1,3})\\s*节[\\s、：:]*(.*)$")),
    /** 一、 二、 … */
    CHINESE(Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、．.]\\s*(.+)$")),
    /** （一） （二） … */
    PAREN_CHINESE(Pattern.compile("^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[)）]\\s*[、.．]?\\s*(.+)$")),
    /** 1. 2. (also full-width １．); "1.2024年…" counts, "1.5万元…" does not. */
    ARABIC_DOT(Pattern.compile("^([0-9０-９]{1,2})\\s*[.．](?:(?![0-9０-９])|(?=[0-9０-９]{4}\\s*年))\\s*(.+)$")),
    /** 1、 2、 … */
    ARABIC_COMMA(Pattern.compile("^([0-9０-９]{1,2})\\s*、\\s*(.+)$")),
    /** （1） （2） … */
    PAREN_ARABIC(Pattern.compile("^[（(]\\s*([0-9０-９]{1,2})\\s*[)）]\\s*[、.．]?\\s*(.+)$"));

    private final Pattern pattern;

    NumberingStyle(Pattern pattern) {
        this.pattern = pattern;
    }

    Pattern pattern() {
        return pattern;
    }

    /** True for numbers printed alone on a line with the title below ("附件1", "第一部分"). */
    boolean mayStandAlone() {
        return this == ATTACHMENT || this == PART || this == CHAPTER_SECTION;
    }

    /** The value of a Chinese numeral up to 99 (一 … 九十九), or -1. */
    static int chineseValue(String s) {
        String digits = "零一二三四五六七八九";
        if (s.isEmpty()) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) : -1;
        }
        int high = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int low = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(s.length() - 1));
        if (high < 1 || low < 0 || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        return high * 10 + low;
    }
}
