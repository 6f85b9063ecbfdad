package org.jixiao.extract.figures.years;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.sentence.SentenceSplitter;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;
import org.jixiao.model.YearMention;

/**
 * Reads every year printed in a paragraph, and the year that heads a table caption, with the role
 * its cue words give it (year-cues.tsv). A comparison also gets the year its sentence is about: the
 * last year printed before it in the same sentence ("2026年预算与2025年相比" is about 2026).
 */
public final class YearMentionStage implements ReportStage {
    private static final Pattern CAPTION_YEAR = YearCues.captionYear();

    private final NumberReader numbers;
    private final YearCues cues;
    private final SentenceSplitter sentences = new SentenceSplitter();

    public YearMentionStage(NumberReader numbers, YearCues cues) {
        this.numbers = Validate.notNullParam(numbers, "numbers");
        this.cues = Validate.notNullParam(cues, "cues");
    }

    @Override
    public String name() {
        return "year-mentions";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.BLOCKS, Requirement.CAPTIONS, Requirement.META);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.YEARS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) {
        Validate.notNullParam(report, "report");
        List<YearMention> out = new ArrayList<>();
        for (Table t : report.tables()) {
            Matcher m = t.caption() == null ? null : CAPTION_YEAR.matcher(t.caption());
            if (m != null && m.find()) {
                out.add(new YearMention(numbers.year(m.group("year")), YearMention.Role.CAPTION, false, null, null,
                        m.group().strip(), t.caption(), ofTable(report.id(), t)));
            }
        }
        for (Block b : report.blocks()) {
            if (b.type() != BlockType.TABLE && b.text() != null && !b.text().isBlank()) {
                out.addAll(inBlock(b, report.meta().fiscalYear()));
            }
        }
        return report.withYearMentions(out);
    }

    /** A year found in a block's text before its sentence is known. */
    private record Found(int yearStart, int yearEnd, int cueStart, int cueEnd, YearMention.Role role, int year,
                         boolean relative, String against) {
    }

    private List<YearMention> inBlock(Block b, Integer fiscalYear) {
        String text = b.text();
        List<Found> found = new ArrayList<>();
        for (YearCues.Cue cue : cues.cues()) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                boolean relative = cue.has("relative") && m.group("relative") != null;
                String group = relative ? "relative" : "year";
                if (!relative && !cue.has("year") || relative && fiscalYear == null
                        || claimed(found, m.start(group), m.end(group))) {
                    continue;
                }
                int year = relative ? fiscalYear - 1 : numbers.year(m.group("year"));
                String against = cue.has("against") ? m.group("against") : null;
                found.add(new Found(m.start(group), m.end(group), m.start(), m.end(), cue.role(), year, relative, against));
            }
        }
        found.sort(Comparator.comparingInt(Found::yearStart));
        List<SentenceSplitter.Span> spans = sentences.split(text);
        List<YearMention> out = new ArrayList<>();
        for (Found f : found) {
            SentenceSplitter.Span s = sentenceOf(spans, f.cueStart(), text.length());
            Integer about = f.role() == YearMention.Role.COMPARED ? about(found, f, s.start()) : null;
            Provenance at = b.provenanceAt(f.cueStart());
            out.add(new YearMention(f.year(), f.role(), f.relative(), f.against(), about,
                    text.substring(f.cueStart(), f.cueEnd()), text.substring(s.start(), s.end()).strip(), at == null ? null : at.withChars(f.cueStart(), f.cueEnd())));
        }
        return out;
    }

    /** The table's own provenance, naming the table even where the extractor left its id out. */
    private static Provenance ofTable(String reportId, Table t) {
        Provenance p = t.provenance();
        if (p != null && t.id().equals(p.tableId())) {
            return p;
        }
        Integer page = t.pages().isEmpty() ? null : t.pages().get(0);
        return p == null ? new Provenance(reportId, page, null, null, t.id(), null, null, null, null, "table")
                : new Provenance(p.reportId(), p.page(), p.bbox(), p.blockId(), t.id(), null, null, p.charStart(),
                p.charEnd(), p.extractor(), p.confidence());
    }

    private static boolean claimed(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.yearEnd() && f.yearStart() < end);
    }

    /** The last year printed (not 上年) before the comparison's cue in its sentence. */
    private static Integer about(List<Found> found, Found compared, int sentenceStart) {
        Integer last = null;
        for (Found f : found) {
            if (!f.relative() && f.yearStart() >= sentenceStart && f.yearEnd() <= compared.cueStart()) {
                last = f.year();
            }
        }
        return last;
    }

    private static SentenceSplitter.Span sentenceOf(List<SentenceSplitter.Span> spans, int at, int length) {
        for (SentenceSplitter.Span s : spans) {
            if (at >= s.start() && at < s.end()) {
                return s;
            }
        }
        return new SentenceSplitter.Span(0, length);
    }
}
