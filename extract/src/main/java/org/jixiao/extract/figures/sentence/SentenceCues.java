package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.Vocabulary;

/**
 * What the words printed before a number say it is: the scope word (from {@code scope} and the
 * sentence-only {@code textscope} terms of the vocabulary) and the qualifiers that restrict it
 * (财政拨款, 一般公共预算, 不含…, 本级). A specific scope word (基本支出, 公务接待费) wins over a word of the
 * whole (支出预算, 收入合计) printed in the same words; 一般公共预算 on its own names a source of
 * funds, not the department's total.
 */
final class SentenceCues {
    /** The scope a number's words name. */
    record Scope(String canonical, String measure, boolean both, String synonym, int end, boolean textscope) {
    }

    static final String TEXTSCOPE = "textscope";
    static final String QUALIFIER = "qualifier";
    /** 不含专项资金, 剔除…后: a figure computed on part of the whole. */
    private static final Pattern EXCLUDING = Pattern.compile("(不含|剔除|扣除|除去)([^，,。；;：:（(）)\\d]{1,20}?)(?=后|外|以外|的|）|\\)|，|,|$|[\\d])");
    private static final Pattern CLASSIFIED = Pattern.compile("\\s*(支出)?\\s*[（(]\\s*[类款项]\\s*[）)]");
    private static final Pattern EXCLUDING_UNTIL_AFTER = Pattern.compile("(不含|剔除|扣除|除去)([^，,。；;：:（(）)\\d]{1,30}?)(?=后|以外)");
    private static final Pattern WITH_THE_REST = Pattern.compile("[及和与]\\s*(所属|下属|二级)");
    /** Vocabulary total synonyms that are only a source of funds when printed alone. */
    private static final java.util.Set<String> FUND_SOURCE_ONLY = java.util.Set.of("一般公共预算");

    private final Vocabulary vocabulary;

    SentenceCues(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The scope named last in {@code own}, specific words first. */
    Optional<Scope> scope(String own) {
        List<Vocabulary.Hit> specific = new ArrayList<>();
        List<Vocabulary.Hit> whole = new ArrayList<>();
        for (Vocabulary.Hit h : vocabulary.findAll(Vocabulary.SCOPE, own)) {
            if (FUND_SOURCE_ONLY.contains(h.synonym()) || classified(own, h)) {
                continue;
            }
            boolean isWhole = "total".equals(h.canonical()) || "income".equals(h.canonical()) || "expense".equals(h.canonical());
            (isWhole ? whole : specific).add(h);
        }
        for (Vocabulary.Hit h : vocabulary.findAll(TEXTSCOPE, own)) {
            if (classified(own, h)) {
                continue;
            }
            (h.canonical().startsWith("total") ? whole : specific).add(h);
        }
        java.util.Set<Vocabulary.Hit> fromText = new java.util.HashSet<>(vocabulary.findAll(TEXTSCOPE, own));
        Vocabulary.Hit best = last(specific);
        if (best == null) {
            best = last(whole);
        }
        if (best == null) {
            return Optional.empty();
        }
        String c = best.canonical();
        String measure = null;
        boolean both = false;
        if ("income".equals(c)) {
            c = "total";
            measure = "income";
        } else if ("expense".equals(c)) {
            c = "total";
        } else if (c.contains("#")) {
            String m = c.substring(c.indexOf('#') + 1);
            c = c.substring(0, c.indexOf('#'));
            both = "both".equals(m);
            measure = both ? null : m;
        }
        return Optional.of(new Scope(c, measure, both, best.synonym(), best.end(), fromText.contains(best)));
    }

    /** The qualifiers printed in {@code words}, in order, each once. */
    List<String> qualifiers(String words) {
        List<String> out = new ArrayList<>();
        for (Vocabulary.Hit h : vocabulary.findAll(QUALIFIER, words)) {
            if (WITH_THE_REST.matcher(words.substring(h.end())).lookingAt()) {
                // 本级及所属单位: the whole department, not its own level
                continue;
            }
            if (!out.contains(h.canonical())) {
                out.add(h.canonical());
            }
        }
        Matcher after = EXCLUDING_UNTIL_AFTER.matcher(words);
        Matcher m = after.find() ? after.reset() : EXCLUDING.matcher(words);
        while (m.find()) {
            String q = m.group(1) + Vocabulary.normalize(m.group(2));
            if (!out.contains(q)) {
                out.add(q);
            }
        }
        return out;
    }

    /** 公务接待费（款）, 住房公积金（项）: a line of the classification of expenditure, not the canonical figure. */
    private static boolean classified(String own, Vocabulary.Hit h) {
        return h.end() <= own.length() && CLASSIFIED.matcher(own).region(h.end(), own.length()).lookingAt();
    }

    private static Vocabulary.Hit last(List<Vocabulary.Hit> hits) {
        Vocabulary.Hit best = null;
        for (Vocabulary.Hit h : hits) {
            if (best == null || h.end() > best.end() || (h.end() == best.end() && h.synonym().length() > best.synonym().length())) {
                best = h;
            }
        }
        return best;
    }
}
