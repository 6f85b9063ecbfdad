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
    private static final Pattern ISSUER = Pattern.compile("^(?:编制|填报|预算)?(?:单位|部门)\\s*[：:]");
    private static final Pattern CAPTION = Pattern.compile("^(?:附表\\s*\\d*|表\\s*[0-9一二三四五六七八九十]+|续表).{0,60}$|^.{1,60}表(?:（续）|\\(续\\))?$");

    private CaptionFinder() {
    }

    /** [caption, unit line] from the paragraphs above a table, nearest last; either may be null. */
    static String[] find(List<String> above) {
        String caption = null;
        String unit = null;
        for (int i = above.size() - 1; i >= 0 && i >= above.size() - 3; i--) {
            String text = above.get(i).trim();
            Matcher m = UNIT.matcher(text);
            if (unit == null && m.find()) {
                unit = m.group();
                text = (text.substring(0, m.start()) + text.substring(m.end())).trim();
            }
            if (CAPTION.matcher(text).matches() && !ISSUER.matcher(text).find()) {
                caption = text;
                break;
            }
            // the issuer line (编制单位：…) and a bare unit line sit between caption and table
            if (!text.isEmpty() && !ISSUER.matcher(text).find()) {
                break;
            }
        }
        return new String[] {caption, unit};
    }
}
