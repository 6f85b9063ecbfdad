package org.jixiao.check.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.check.RuleTally;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * Collects the places of one kind of slip in a report and makes one finding of them: a template
 * left in prints its placeholder a hundred times, and an auditor needs one line with every place,
 * not a hundred lines.
 */
public final class SlipFinding {
    /** Places kept as evidence; the message counts all of them. */
    static final int MAX_PLACES = 60;
    private final String rule;
    private final List<Evidence> places = new ArrayList<>();
    private int count;

    public SlipFinding(String rule) {
        this.rule = rule;
    }

    /** One place: the printed slip, where it is, and the sentence it stands in. */
    public void add(String printed, Provenance where, String sentence) {
        count++;
        if (places.size() < MAX_PLACES && places.stream().noneMatch(e -> e.context().equals(sentence))) {
            places.add(new Evidence("slip", printed, null, where, sentence));
        }
    }

    /** One place in a paragraph: the characters [start, end) of {@code b}, quoted with their sentence. */
    public void add(Block b, int start, int end) {
        Provenance p = b.provenanceAt(start);
        add(b.text().substring(start, end), p == null ? null : p.withChars(start, end),
                Sentences.around(b.text(), start, end));
    }

    /** Adds every match of {@code pattern} in the report's paragraphs, counting each paragraph in {@code tally}. */
    public void addParagraphMatches(Report report, Pattern pattern, RuleTally tally) {
        for (Block b : report.blocks()) {
            if (b.type() == BlockType.TABLE) {
                continue;
            }
            int before = count;
            Matcher m = pattern.matcher(b.text());
            while (m.find()) {
                add(b, m.start(), m.end());
            }
            tally.evaluated(count == before);
        }
    }

    public int count() {
        return count;
    }

    /** The finding, or null when no place was added. */
    public Finding finding(String reportId, Severity severity, String zh, String en) {
        if (count == 0) {
            return null;
        }
        Evidence first = places.get(0);
        String where = first.provenance() == null ? "" : " (" + first.provenance().describe() + ")";
        return new Finding(reportId, rule, severity,
                zh + "：共 " + count + " 处，如「" + first.context() + "」" + where,
                en + ": " + count + (count == 1 ? " place" : " places") + ", e.g. \"" + first.context() + "\"" + where,
                null, null, null, null, places);
    }
}
