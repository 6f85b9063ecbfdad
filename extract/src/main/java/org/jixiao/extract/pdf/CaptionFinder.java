package org.jixiao.extract.pdf;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a table's caption (表1…, …表) and unit line (单位：万元) among the paragraphs just above it.
 * Both may share one printed line ("表1 收支总表   单位：万元").
 */
final class CaptionFinder {
    private static final Pattern UNIT = Pattern.compile(
            "(?<!编制)(?:金额)?单位\\s*[：:]\\s*(?:人民币)?(?:亿元|万元|千元|百元|元|人|个|辆|平方米|㎡|%|％)");
    /** A line that only numbers the table ("公开表一", "附表3"): the title is above it. */
    private static final Pattern NUMBER_ONLY = Pattern.compile(
            "^(?:公开|附)?表\\s*[0-9一二三四五六七八九十]+$|^公开\\s*[0-9]+\\s*表$");
    private static final Pattern ISSUER = Pattern.compile("^(?:编制|填报|预算)?(?:单位|部门)(?:名称)?\\s*[：:]");
    private static final Pattern CAPTION = Pattern.compile("^(?:附表\\s*\\d*|表\\s*[0-9一二三四五六七八九十]+|续表).{0,60}$|^.{1,60}表(?:[（(][^）)]{1,12}[）)])?$");

    private CaptionFinder() {
    }

    /** [caption, unit line] from the paragraphs above a table, nearest last; either may be null. */
    static String[] find(List<String> above) {
        String caption = null;
        String unit = null;
        String number = "";
        for (int i = above.size() - 1; i >= 0 && i >= above.size() - 4; i--) {
            String text = above.get(i).trim();
            if (number.isEmpty() && NUMBER_ONLY.matcher(text).matches()) {
                number = text;
                continue;
            }
            Matcher m = UNIT.matcher(text);
            if (unit == null && m.find()) {
                unit = m.group();
                text = (text.substring(0, m.start()) + text.substring(m.end())).trim();
            }
            if (CAPTION.matcher(text).matches() && !ISSUER.matcher(text).find() && !NUMBER_ONLY.matcher(text).matches()) {
                if (number.isEmpty() && i > 0 && NUMBER_ONLY.matcher(above.get(i - 1).trim()).matches()) {
                    number = above.get(i - 1).trim();
                }
                caption = number + text;
                break;
            }
            // the issuer line (编制单位：…) and a bare unit line sit between caption and table
            if (!text.isEmpty() && !ISSUER.matcher(text).find()) {
                break;
            }
        }
        if (caption == null && !number.isEmpty()) {
            caption = number;
        }
        return new String[] {caption, unit};
    }
}
