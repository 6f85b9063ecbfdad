package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/**
 * Facts from the report's sentences (2025年我厅…决算支出数为29,000.52万元，预算执行率为86.56%，其中：
 * 基本支出13,775.90万元 …). A paragraph starts with the scope and fund its section headings name;
 * the provenance of each fact is its block and the character offsets of the number and unit.
 */
public final class SentenceFactStage implements ReportStage {
    static final String EXTRACTOR = "sentence";
    private static final int MAX_BLOCK_CHARS = 20_000;
    /** A heading that states an amount: "（一）人员经费4,704.35万元" opens the part it names. */
    private static final java.util.regex.Pattern FIGURE_HEADING =
            java.util.regex.Pattern.compile("\\d[\\d,，.]*\\s*(万元|亿元|元)");
    private static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile("[。！？；;:：]\\s*$");

    private final Vocabulary vocabulary;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SentenceCues cues;
    private final QualifierResolver qualifiers = new QualifierResolver();
    private final SentenceReader reader;
    private final FigureBlockFilter filter;

    public SentenceFactStage(NumberReader numbers, Vocabulary vocabulary, FigureBlockFilter filter) {
        this.vocabulary = Validate.notNullParam(vocabulary, "vocabulary");
        this.cues = new SentenceCues(vocabulary);
        this.reader = new SentenceReader(Validate.notNullParam(numbers, "numbers"), vocabulary);
        this.filter = Validate.notNullParam(filter, "filter");
    }

    @Override
    public String name() {
        return "sentence-facts";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.BLOCKS, Requirement.SECTIONS, Requirement.META);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.FACTS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) throws ExtractionException {
        Validate.notNullParam(report, "report");
        Validate.notNullParam(ctx, "ctx");
        List<Fact> facts = new ArrayList<>(report.facts());
        String year = report.meta().period();
        List<String> lastPath = null;
        SentenceContext last = null;
        Block previous = null;
        for (Block b : report.blocks()) {
            boolean heading = b.type() == BlockType.HEADING && FIGURE_HEADING.matcher(b.text()).find();
            if ((b.type() != BlockType.PARAGRAPH && !heading) || b.text().length() > MAX_BLOCK_CHARS
                    || !filter.statesFigures(b.text())) {
                previous = null;
                continue;
            }
            ctx.checkDeadline();
            // a heading is read in the section that holds it, not in its own
            List<String> path = heading ? b.sectionPath().subList(0, Math.max(0, b.sectionPath().size() - 1)) : b.sectionPath();
            boolean sameSection = !heading && b.sectionPath().equals(lastPath);
            // a paragraph broken over lines or pages (PDF) goes on with the sentence it broke off
            boolean continues = sameSection && previous != null && last != null && !ENDS_SENTENCE.matcher(previous.text()).find();
            SentenceContext sc;
            if (continues) {
                sc = last;
            } else {
                // the fund a section's first paragraph named holds for its later paragraphs (期末滚存结余 …)
                String carriedFund = sameSection && last != null ? last.fund : null;
                sc = new SentenceContext(sectionScope(path), firstNonNull(sectionFund(path), carriedFund), year)
                        .inDocument(report.meta().kind());
                sc.sectionQualifiers = sectionQualifiers(path);
            }
            facts.addAll(read(report.id(), b, sc, continues));
            lastPath = b.sectionPath();
            last = sc;
            previous = heading ? null : b; // a heading ends its sentence
        }
        return report.withFigures(report.meta(), qualifiers.resolve(facts), report.indicators(), report.tables());
    }

    List<Fact> read(String reportId, Block b, SentenceContext sc, boolean continues) {
        Provenance where = b.provenance() == null ? Provenance.ofBlock(reportId, b.id(), null, EXTRACTOR)
                : new Provenance(reportId, b.provenance().page(), b.provenance().bbox(), b.id(), null, null, null,
                        null, null, EXTRACTOR);
        List<Fact> out = new ArrayList<>();
        boolean first = true;
        for (SentenceSplitter.Span s : splitter.split(b.text())) {
            for (Fact f : reader.read(b.text(), s.start(), s.end(), sc, where, first && continues)) {
                out.add(onItsLine(b, f));
            }
            first = false;
        }
        return out;
    }

    /**
     * A figure in a paragraph running over a page break names the page and line it is printed on; one
     * read by OCR says so (extractor ocr-sentence) with the line's confidence.
     */
    private static Fact onItsLine(Block b, Fact f) {
        Provenance p = f.provenance();
        if (b.lines() == null || p == null || p.charStart() == null) {
            return f;
        }
        Provenance line = b.provenanceAt(p.charStart());
        Provenance at = p.withPage(line.page()).withBBox(line.bbox());
        if (line.confidence() != null) {
            at = at.withExtractor(line.extractor() + "-" + p.extractor()).withConfidence(line.confidence());
        }
        return new Fact(f.measure(), f.scope(), f.subject(), f.period(), f.phase(), f.quantity(), f.label(), at,
                f.id(), f.entity(), f.qualifiers(), f.basis());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** The scope the innermost section heading names (基本支出情况 → basic). */
    private String sectionScope(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            var s = cues.scope(path.get(i));
            if (s.isPresent() && !s.get().textscope()) {
                return s.get().canonical();
            }
        }
        return null;
    }

    /**
     * 财政拨款 named by the innermost section heading. Only that one: a self-evaluation's "一般公共预算支出情况"
     * is about the department's whole budget and its sentences say so themselves.
     */
    private List<String> sectionQualifiers(List<String> path) {
        if (path.isEmpty()) {
            return List.of();
        }
        return cues.qualifiers(path.get(path.size() - 1)).stream().filter("财政拨款"::equals).toList();
    }

    private String sectionFund(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            var f = vocabulary.match(Vocabulary.FUND, path.get(i));
            if (f.isPresent()) {
                return f.get();
            }
        }
        return null;
    }
}
