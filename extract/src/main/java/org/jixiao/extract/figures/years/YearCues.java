package org.jixiao.extract.figures.years;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jixiao.extract.figures.DataFile;
import org.jixiao.model.YearMention;

/** The cue words of year-cues.tsv, in file order: the first cue that matches a year claims it. */
public final class YearCues {
    static final String YEAR = "(?<year>(?:19|20|１９|２０)[0-9０-９]{2})";

    /** One cue: the role it gives and its pattern ({@code year}, {@code against}, {@code relative} groups). */
    record Cue(YearMention.Role role, Pattern pattern) {
        boolean has(String group) {
            return pattern.pattern().contains("(?<" + group + ">");
        }
    }

    private final List<Cue> cues;

    YearCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The cues shipped with jixiao. */
    public static YearCues load() {
        List<Cue> out = new ArrayList<>();
        for (String[] f : DataFile.rows(YearCues.class, "year-cues.tsv")) {
            if (f.length != 2) {
                throw new IllegalArgumentException("year-cues.tsv: expected role<TAB>pattern: " + String.join("\t", f));
            }
            YearMention.Role role = YearMention.Role.valueOf(f[0].strip().replace('-', '_').toUpperCase(Locale.ROOT));
            out.add(new Cue(role, Pattern.compile(f[1].replace("{YEAR}", YEAR))));
        }
        return new YearCues(out);
    }

    List<Cue> cues() {
        return cues;
    }

    /** A caption that begins with a year dates its table. */
    static Pattern captionYear() {
        return Pattern.compile("^\\s*" + YEAR + "\\s*年");
    }
}
