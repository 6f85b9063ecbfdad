package org.jixiao.check.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.model.Validate;

/**
 * One kind of wording slip, read from {@code wording-slips.tsv}: the rule id, where to look
 * (paragraphs, or paragraphs and table cells), the pattern of the slip, and its name in Chinese and
 * English for the message.
 *
 * @param id      rule id, e.g. {@code wording.placeholder}
 * @param cells   true when table cells are searched too
 * @param pattern the printed slip
 * @param zh      what it is, in Chinese
 * @param en      what it is, in English
 */
public record Slip(String id, boolean cells, Pattern pattern, String zh, String en) {
    public Slip {
        Validate.notNullParam(id, "id");
        Validate.notNullParam(pattern, "pattern");
    }

    /** The slips of the bundled data file, one rule id per line, in file order. */
    public static List<Slip> standard() {
        try (InputStream in = Slip.class.getResourceAsStream("wording-slips.tsv")) {
            Validate.isTrue(in != null, "wording-slips.tsv missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read wording-slips.tsv", e);
        }
    }

    /** Lines "id TAB where TAB regex TAB zh TAB en"; '#' starts a comment; where is text or text+cells. */
    static List<Slip> parse(List<String> lines) {
        List<Slip> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Validate.isTrue(f.length == 5, "wording-slips.tsv: 5 tab-separated fields expected: " + line);
            out.add(new Slip(f[0], f[1].equals("text+cells"), Pattern.compile(f[2]), f[3], f[4]));
        }
        return out;
    }
}
