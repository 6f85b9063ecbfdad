package org.jixiao.extract.figures.sentence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Basis;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;

/** A change of zero stated in words: "X万元，与2024年预算持平", "与上年预算数相等". */
final class FlatChange {
    /** 与上年/与2024年预算/比2022年预算执行数 … 持平: the compared year may be printed in digits. */
    private static final Pattern FLAT = Pattern.compile(
            "(?:与|比|较)\\s*(?:20\\d\\d\\s*年度?)?[^，,。；;\\d]{0,16}?(持平|一致|相同|相等|不变|无变化)");

    private FlatChange() {
    }

    /**
     * "X万元，与2024年预算持平": a change of zero stated in words, for the figure just read (or, at a
     * sentence's start, for the previous sentence's subject).
     */
    static void read(String sentence, int from, int to, boolean opening, SentenceContext ctx, Provenance where,
                     int offset, List<Fact> out) {
        Fact subject = ctx.lastSubject;
        if (subject == null || from >= to) {
            return;
        }
        Matcher m = FLAT.matcher(sentence.substring(from, to));
        if (!m.find() || (opening && m.start() > 2)) {
            return;
        }
        if (!opening && (out.isEmpty() || out.get(out.size() - 1) != subject)) {
            return;
        }
        Quantity zero = new Quantity(java.math.BigDecimal.ZERO.setScale(subject.quantity().decimals()),
                subject.quantity().decimals(), subject.quantity().unit(), null, m.group(1));
        Basis b = new Basis("cue:change of the sentence's subject", "cue:" + m.group(1),
                subject.basis() == null ? null : subject.basis().period());
        out.add(new Fact("change", subject.scope(), subject.subject(), subject.period(), "change", zero, m.group(),
                where.withChars(offset + from + m.start(), offset + from + m.end()), null, subject.entity(),
                subject.qualifiers(), b));
        ctx.lastSubject = null;
    }
}
