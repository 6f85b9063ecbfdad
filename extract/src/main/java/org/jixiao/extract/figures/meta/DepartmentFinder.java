package org.jixiao.extract.figures.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.jixiao.model.Validate;

/**
 * Department names in titles and headers: our dictionary first (HanLP's portable model does not
 * know 湖南省人力资源和社会保障厅 as one organization), then HanLP's organization recognizer, then
 * a place name (ns) followed by words up to an agency suffix (…局, …厅, …委员会). The segmenter
 * gets our names through its own custom dictionary instance, so no global HanLP state changes.
 */
public final class DepartmentFinder {
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(
            ".*(厅|局|委员会|委|办公室|办公厅|办事处|人民法院|人民检察院|院|中心|政府|部)$");
    private static final int MAX_TOKENS_AFTER_PLACE = 8;

    private final DepartmentDictionary dictionary;
    private final Segment segment;

    public DepartmentFinder(DepartmentDictionary dictionary) {
        this.dictionary = Validate.notNullParam(dictionary, "dictionary");
        DynamicCustomDictionary custom = new DynamicCustomDictionary();
        for (String form : dictionary.forms()) {
            custom.insert(form, "nt 1000");
        }
        this.segment = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true)
                .enableCustomDictionary(custom).enableOffset(true);
    }

    /** A department name found in {@code text}, as a full name where our dictionary knows it. */
    public Optional<DepartmentDictionary.Hit> find(String text) {
        Validate.notNullParam(text, "text");
        Optional<DepartmentDictionary.Hit> known = dictionary.first(text);
        if (known.isPresent()) {
            return known;
        }
        List<Term> terms = segment.seg(text);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String nature = String.valueOf(t.nature);
            if (nature.startsWith("nt") && t.word.length() >= 4 && AGENCY_SUFFIX.matcher(t.word).matches()
                    && startsWithPlace(t.word, i > 0 ? terms.get(i - 1) : null)) {
                return Optional.of(hit(text, joinPlace(terms, i), t));
            }
            if (nature.startsWith("ns")) {
                StringBuilder sb = new StringBuilder(t.word);
                for (int k = i + 1; k < terms.size() && k <= i + MAX_TOKENS_AFTER_PLACE; k++) {
                    String w = terms.get(k).word;
                    if (!w.matches("[\\u4e00-\\u9fa5（）()]+")) {
                        break;
                    }
                    sb.append(w);
                    if (AGENCY_SUFFIX.matcher(sb).matches() && sb.length() >= 5) {
                        String name = sb.toString();
                        return Optional.of(new DepartmentDictionary.Hit(name, name, t.offset, t.offset + name.length()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithPlace(String word, Term before) {
        return word.matches("^.{1,8}?(省|市|区|县|自治区|州|旗|镇|乡|街道).*")
                || (before != null && String.valueOf(before.nature).startsWith("ns"));
    }

    private static String joinPlace(List<Term> terms, int i) {
        Term before = i > 0 ? terms.get(i - 1) : null;
        String w = terms.get(i).word;
        if (before != null && String.valueOf(before.nature).startsWith("ns") && !w.startsWith(before.word)) {
            return before.word + w;
        }
        return w;
    }

    private static DepartmentDictionary.Hit hit(String text, String name, Term t) {
        int start = text.indexOf(name);
        if (start < 0) {
            start = t.offset;
        }
        return new DepartmentDictionary.Hit(name, name, start, start + name.length());
    }
}
