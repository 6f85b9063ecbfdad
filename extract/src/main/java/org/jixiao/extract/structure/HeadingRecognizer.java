package org.jixiao.extract.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Validate;

/**
 * Decides from its text alone whether a paragraph is a numbered heading. A heading is short and
 * title-like: numbered list items that are sentences (ending in 。 or ；, or containing a full
 * stop), long lines, and table rows that ended up as text (a label followed by numbers) are not.
 */
public final class HeadingRecognizer {
    /** Longest heading title accepted, in characters. */
    public static final int MAX_TITLE = 40;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;，,：:!！?？、]$");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?[%％]?");
    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附\\s*件\\s*[：:].*");

    public Optional<HeadingCandidate> recognize(String paragraph) {
        Validate.notNullParam(paragraph, "paragraph");
        String text = paragraph.strip().replace('\u3000', ' ');
        if (text.isEmpty() || text.length() > MAX_TITLE + 8) {
            return Optional.empty();
        }
        for (NumberingStyle style : NumberingStyle.values()) {
            Matcher m = style.pattern().matcher(text);
            if (m.matches()) {
                return candidate(style, m, text);
            }
        }
        return Optional.empty();
    }

    /** "附件：" (a list of attachments follows), which is not a heading. */
    public boolean attachmentList(String paragraph) {
        Validate.notNullParam(paragraph, "paragraph");
        return ATTACHMENT_LIST.matcher(paragraph.strip()).matches();
    }

    private Optional<HeadingCandidate> candidate(NumberingStyle style, Matcher m, String text) {
        String title = m.group(2).strip();
        int ordinal = Character.isDigit(m.group(1).charAt(0)) ? Integer.parseInt(m.group(1))
                : NumberingStyle.chineseValue(m.group(1));
        if (ordinal < 1) {
            return Optional.empty();
        }
        String number = text.substring(0, m.start(2)).strip().replace(" ", "");
        if (style.mayStandAlone()) {
            number = number.replaceAll("[：:、.．]$", "");
            return title.isEmpty() || titleLike(title) ? Optional.of(new HeadingCandidate(style, ordinal, number, title))
                    : Optional.empty();
        }
        return titleLike(title) ? Optional.of(new HeadingCandidate(style, ordinal, number, title)) : Optional.empty();
    }

    /** Short, not a sentence, not a label followed by figures. */
    static boolean titleLike(String title) {
        if (title.isEmpty() || title.length() > MAX_TITLE || title.contains("。") || title.contains("；") || title.contains(";")) {
            return false;
        }
        if (SENTENCE_END.matcher(title).matches()) {
            return false;
        }
        String[] tokens = title.split("\\s+");
        int numbers = 0;
        for (String token : tokens) {
            if (NUMBER_TOKEN.matcher(token).matches()) {
                numbers++;
            }
        }
        boolean endsWithFigure = tokens.length > 1 && NUMBER_TOKEN.matcher(tokens[tokens.length - 1]).matches();
        return numbers < 2 && !endsWithFigure;
    }
}
